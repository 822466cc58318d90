namespace TrackHub.Edge.Hosting;

/// <summary>The process exit codes (documented in Gateway.Edge/README.md).</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command line could not be parsed (System.CommandLine prints what is wrong).</summary>
    public const int Usage = 1;

    /// <summary>The configuration, a capture file or the state directory cannot be used as given.</summary>
    public const int InvalidInput = 2;

    /// <summary>Storing observations failed at run time (disk full, outbox damaged).</summary>
    public const int Failure = 3;

    /// <summary>Stopped by Ctrl+C or SIGTERM before the work was done (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}

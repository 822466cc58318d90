using System.CommandLine;

namespace TrackHub.Edge.Cli;

/// <summary>The <c>trackhub-edge</c> command line: <c>run</c>, <c>replay</c> and <c>decode</c> (see Gateway.Edge/README.md).</summary>
public static class EdgeCommandLine
{
    public static RootCommand Create()
    {
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log debug detail (every batch stored and acknowledged)", Recursive = true };
        return new RootCommand("TrackHub edge gateway: reads device sources, keeps a disk outbox and publishes to the hub over MQTT")
        {
            verbose,
            RunCommand.Create(verbose),
            ReplayCommand.Create(verbose),
            DecodeCommand.Create(),
        };
    }

    /// <summary>Parses and runs; signals are left to the host, which stops the worker gracefully.</summary>
    public static Task<int> InvokeAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null };
        if (output is not null)
        {
            configuration.Output = output;
        }

        if (error is not null)
        {
            configuration.Error = error;
        }

        return Create().Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}

namespace TrackHub.Edge.Hosting;

/// <summary>How the worker ended: the exit code and the one line a person reads.</summary>
public sealed class EdgeOutcome
{
    public int ExitCode { get; private set; } = ExitCodes.Ok;

    public string? Message { get; private set; }

    public void Set(int exitCode, string message) => (ExitCode, Message) = (exitCode, message);
}

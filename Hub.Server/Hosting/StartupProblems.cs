using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace TrackHub.Hub.Hosting;

/// <summary>
/// Turns the failures a person can fix (a bad setting, a port in use) into one line that says what to do, instead of
/// a stack trace. Anything else is a bug and keeps its stack trace.
/// </summary>
public static class StartupProblems
{
    public static string? Describe(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case OptionsValidationException options:
                    return "the configuration is not valid: " + string.Join(" ", options.Failures);
                case IOException io when io.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || io.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase):
                    return io.Message.TrimEnd('.') + ": another program (another hub?) uses that port. Stop it, or choose another with --urls http://localhost:PORT.";
                case InvalidOperationException op when op.Message.StartsWith("Hub:", StringComparison.Ordinal):
                    return op.Message;
                case AggregateException aggregate when aggregate.InnerExceptions.Count == 1:
                    return Describe(aggregate.InnerExceptions[0]);
            }
        }

        return null;
    }
}

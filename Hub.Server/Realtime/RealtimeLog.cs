namespace TrackHub.Hub.Realtime;

internal static partial class RealtimeLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning, Message = "Sending live changes failed; screens will resubscribe")]
    public static partial void SendFailed(ILogger logger, Exception exception);
}

namespace TrackHub.Hub.Ingest;

internal static partial class IngestLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Embedded MQTT broker listening on {Address}:{Port}")]
    public static partial void BrokerStarted(ILogger logger, string address, int port);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Connected to MQTT broker {Broker} as {ClientId} (session present: {SessionPresent})")]
    public static partial void Connected(ILogger logger, string broker, string clientId, bool sessionPresent);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "MQTT broker {Broker} unreachable ({Reason}); retrying in {Delay}")]
    public static partial void ConnectFailed(ILogger logger, string broker, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Publishing acknowledgement on {Topic} failed: {Reason}")]
    public static partial void AckFailed(ILogger logger, string topic, string reason);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "MQTT client {ClientId} connected to the embedded broker from {Endpoint}")]
    public static partial void ClientConnected(ILogger logger, string clientId, string endpoint);
}

namespace TrackHub.Hub.Ingest;

/// <summary>How the hub publishes its own messages (acknowledgements): into the embedded broker or to an external one.</summary>
public interface IMqttPublisher
{
    Task PublishAsync(string topic, byte[] payload, bool retain, CancellationToken cancellationToken);
}

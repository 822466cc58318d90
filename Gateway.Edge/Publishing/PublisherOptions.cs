namespace TrackHub.Edge.Publishing;

public sealed class PublisherOptions
{
    /// <summary>Most batches published but not yet acknowledged by the hub.</summary>
    public int Window { get; set; } = 256;

    /// <summary>When the hub's ack has not advanced for this long with batches outstanding, everything after it is resent.</summary>
    public double AckTimeoutSeconds { get; set; } = 15;

    /// <summary>First wait after a failed connection attempt; it doubles up to <see cref="ReconnectMaxSeconds"/>.</summary>
    public double ReconnectMinSeconds { get; set; } = 1;

    public double ReconnectMaxSeconds { get; set; } = 30;

    public TimeSpan AckTimeout => TimeSpan.FromSeconds(AckTimeoutSeconds);

    public TimeSpan ReconnectMin => TimeSpan.FromSeconds(ReconnectMinSeconds);

    public TimeSpan ReconnectMax => TimeSpan.FromSeconds(ReconnectMaxSeconds);
}

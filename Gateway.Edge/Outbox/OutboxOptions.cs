namespace TrackHub.Edge.Outbox;

public sealed class OutboxOptions
{
    /// <summary>
    /// Upper bound of the observation payloads held on disk. When it is reached the sources are paused (nothing is
    /// dropped) until the hub acknowledges batches and they are deleted.
    /// </summary>
    public int MaxMegabytes { get; set; } = 256;

    public long MaxBytes => MaxMegabytes * 1024L * 1024L;
}

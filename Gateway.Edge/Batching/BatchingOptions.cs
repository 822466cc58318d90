namespace TrackHub.Edge.Batching;

/// <summary>A batch is closed when it holds <see cref="MaxItems"/> observations or its first one is <see cref="MaxDelayMs"/> old.</summary>
public sealed class BatchingOptions
{
    public int MaxItems { get; set; } = 100;

    public int MaxDelayMs { get; set; } = 200;

    public TimeSpan MaxDelay => TimeSpan.FromMilliseconds(MaxDelayMs);
}

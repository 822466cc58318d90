namespace TrackHub.Hub.Pipeline;

/// <summary>
/// The pipeline's notion of "now" in event time: the newest event time seen, moved on by the wall clock since it was
/// seen. Live, that is the wall clock; in a replay of old captures it keeps the stream's own time, so "a passage closes
/// 3 s after its last read" means the same in both.
/// </summary>
public sealed class EventClock
{
    private DateTimeOffset? _newestEvent;
    private DateTimeOffset _seenAt;

    public void Observe(DateTimeOffset eventTime, DateTimeOffset wallClock)
    {
        if (_newestEvent is null || eventTime > Now(wallClock))
        {
            _newestEvent = eventTime;
            _seenAt = wallClock;
        }
    }

    /// <summary>Event-time now, or null before the first observation.</summary>
    public DateTimeOffset? Now(DateTimeOffset wallClock) =>
        _newestEvent is { } e ? e + (wallClock > _seenAt ? wallClock - _seenAt : TimeSpan.Zero) : null;
}

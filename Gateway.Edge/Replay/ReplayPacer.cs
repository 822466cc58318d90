namespace TrackHub.Edge.Replay;

/// <summary>
/// Releases a capture's observations at the pace they were recorded (by event time), <see cref="Speed"/> times faster;
/// speed 0 releases them as fast as the pipeline takes them. Time runs on the given <see cref="TimeProvider"/>.
/// A step back in time, or a silence longer than <see cref="MaxGap"/> (a receiver's clock fault, a capture paused
/// overnight), restarts the pace from that observation instead of stalling the replay.
/// </summary>
public sealed class ReplayPacer
{
    public static readonly TimeSpan DefaultMaxGap = TimeSpan.FromMinutes(10);

    private readonly TimeProvider _time;
    private DateTimeOffset? _anchorEvent;
    private long _anchorTimestamp;
    private DateTimeOffset _lastEvent;

    public ReplayPacer(double speed, TimeProvider time, TimeSpan? maxGap = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(speed);
        Speed = speed;
        _time = time;
        MaxGap = maxGap ?? DefaultMaxGap;
    }

    public double Speed { get; }

    public TimeSpan MaxGap { get; }

    /// <summary>Completes when the observation recorded at <paramref name="eventTime"/> is due.</summary>
    public ValueTask WaitAsync(DateTimeOffset eventTime, CancellationToken cancellationToken)
    {
        if (Speed == 0)
        {
            return ValueTask.CompletedTask;
        }

        if (_anchorEvent is not { } anchor || eventTime < _lastEvent || eventTime - _lastEvent > MaxGap)
        {
            _anchorEvent = eventTime;
            _anchorTimestamp = _time.GetTimestamp();
            _lastEvent = eventTime;
            return ValueTask.CompletedTask;
        }

        _lastEvent = eventTime;
        var due = (eventTime - anchor) / Speed;
        var wait = due - _time.GetElapsedTime(_anchorTimestamp);
        return wait <= TimeSpan.Zero ? ValueTask.CompletedTask : new ValueTask(Task.Delay(wait, _time, cancellationToken));
    }
}

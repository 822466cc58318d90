namespace TrackHub.Edge.Publishing;

/// <summary>
/// When the hub's acknowledgement counts as stalled: it has not advanced for <see cref="Timeout"/> while batches are
/// outstanding. Each stall doubles the timeout (up to eight times the configured one), so a hub that is merely slow
/// is not flooded with resends; an advancing acknowledgement restores it. Only the send loop touches it: the
/// acknowledgement handler just signals (the outbox's acknowledgement pulse), and the loop calls <see cref="Observe"/>.
/// </summary>
internal sealed class AckStallClock
{
    private readonly TimeSpan _configured;
    private readonly TimeProvider _time;
    private long _since;
    private long _acknowledged;

    public AckStallClock(TimeSpan timeout, TimeProvider time)
    {
        _configured = timeout;
        _time = time;
        Timeout = timeout;
        _since = time.GetTimestamp();
    }

    public TimeSpan Timeout { get; private set; }

    /// <summary>How long the acknowledgement has not advanced (or since the last <see cref="Restart"/>).</summary>
    public TimeSpan Waited => _time.GetElapsedTime(_since);

    /// <summary>Time left before the acknowledgement counts as stalled; never negative, zero once it is.</summary>
    public TimeSpan Remaining
    {
        get
        {
            var left = Timeout - Waited;
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>The acknowledgement now stands at <paramref name="acknowledged"/>; if it advanced, the wait starts over at the configured timeout.</summary>
    public void Observe(long acknowledged)
    {
        if (acknowledged > _acknowledged)
        {
            _acknowledged = acknowledged;
            Timeout = _configured;
            Restart();
        }
    }

    /// <summary>The hub's clock starts now: a new connection, or a send after nothing was outstanding.</summary>
    public void Restart() => _since = _time.GetTimestamp();

    /// <summary>A stall was acted on (everything after the acknowledgement resent): wait twice as long for the next one.</summary>
    public void BackOff()
    {
        Timeout = Timeout * 2 < _configured * 8 ? Timeout * 2 : _configured * 8;
        Restart();
    }
}

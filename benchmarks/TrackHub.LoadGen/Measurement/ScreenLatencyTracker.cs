namespace TrackHub.LoadGen.Measurement;

/// <summary>
/// Matches what the wall screen shows to what the gateways sent. The hub sets an asset's <c>lastSeen</c> to the
/// <c>ts</c> of its newest observation and merges changes while a screen is busy, so when a change shows an asset with
/// <c>lastSeen</c> T, every observation of that asset with <c>ts</c> ≤ T has reached the screen: each gives one sample,
/// arrival − ts. Observations still pending at the end never reached the screen.
/// </summary>
public sealed class ScreenLatencyTracker
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, PriorityQueue<long, long>> _pending = new(StringComparer.Ordinal);
    private readonly LatencyRecorder _recorder = new();
    private long _measureFromTicks = long.MaxValue;
    private long _pendingCount;
    private long _confirmed;

    /// <summary>Observations sent and not yet seen on the screen.</summary>
    public long Pending => Interlocked.Read(ref _pendingCount);

    /// <summary>Observations seen on the screen (warm-up included).</summary>
    public long Confirmed => Interlocked.Read(ref _confirmed);

    public LatencyRecorder Samples => _recorder;

    /// <summary>Only observations stamped at or after <paramref name="start"/> give samples (the warm-up does not).</summary>
    public void MeasureFrom(DateTimeOffset start) => Interlocked.Exchange(ref _measureFromTicks, start.UtcTicks);

    /// <summary>A gateway sent observations of these assets, each stamped <paramref name="timestamp"/>.</summary>
    public void Sent(IEnumerable<string> assetIds, DateTimeOffset timestamp)
    {
        var ticks = timestamp.UtcTicks;
        var added = 0;
        lock (_lock)
        {
            foreach (var id in assetIds)
            {
                if (!_pending.TryGetValue(id, out var queue))
                {
                    _pending[id] = queue = new PriorityQueue<long, long>();
                }

                queue.Enqueue(ticks, ticks);
                added++;
            }
        }

        Interlocked.Add(ref _pendingCount, added);
    }

    /// <summary>A change arrived at <paramref name="arrival"/> showing <paramref name="assetId"/> last seen at <paramref name="lastSeen"/>.</summary>
    public void Shown(string assetId, DateTimeOffset lastSeen, DateTimeOffset arrival)
    {
        var seen = lastSeen.UtcTicks;
        var measureFrom = Interlocked.Read(ref _measureFromTicks);
        Span<double> buffer = stackalloc double[64];
        var taken = 0;
        var confirmed = 0;
        lock (_lock)
        {
            if (!_pending.TryGetValue(assetId, out var queue))
            {
                return;
            }

            while (queue.TryPeek(out var ts, out _) && ts <= seen)
            {
                queue.Dequeue();
                confirmed++;
                if (ts >= measureFrom)
                {
                    buffer[taken++] = TimeSpan.FromTicks(arrival.UtcTicks - ts).TotalMilliseconds;
                    if (taken == buffer.Length)
                    {
                        _recorder.Record(buffer);
                        taken = 0;
                    }
                }
            }
        }

        _recorder.Record(buffer[..taken]);
        Interlocked.Add(ref _pendingCount, -confirmed);
        Interlocked.Add(ref _confirmed, confirmed);
    }
}

namespace TrackHub.Shared.Contracts.Acknowledgement;

/// <summary>
/// The hub's acknowledgement rules (see docs/wire-contract.md, "Hub acknowledgement"): applies each
/// <c>(gateway, epoch, seq)</c> at most once. Per gateway epoch it keeps a watermark (every seq up to it is settled) and
/// the seqs applied above it; the watermark is what the hub acknowledges to the gateway. It lives beside the wire
/// records so that gateways are tested against the same rules the hub runs.
/// </summary>
public sealed class BatchDeduplicator
{
    /// <summary>More out-of-order seqs than this above the watermark means the earlier ones are not coming.</summary>
    public const int MaxPendingAbove = 100_000;

    private readonly Dictionary<(string Gateway, long Epoch), StreamProgress> _streams = [];
    private readonly HashSet<(string Gateway, long Epoch)> _dirty = [];

    public void Restore(IEnumerable<StreamState> streams)
    {
        foreach (var s in streams)
        {
            _streams[(s.Gateway, s.Epoch)] = new StreamProgress(s.Watermark, s.AppliedAbove, s.Gaps);
        }
    }

    /// <summary>
    /// Decides whether a batch is new. <paramref name="oldest"/> is the envelope's <c>oldest</c>: the gateway no longer
    /// holds anything before it, so those seqs are settled (and counted as gaps if they never arrived).
    /// </summary>
    public DedupeOutcome Admit(string gateway, long epoch, long seq, long? oldest)
    {
        var key = (gateway, epoch);
        if (!_streams.TryGetValue(key, out var stream))
        {
            // A stream we have never seen: without 'oldest' we cannot know what came before, so we start here.
            stream = new StreamProgress(Math.Max(0, (oldest ?? seq) - 1), [], 0);
            _streams[key] = stream;
        }

        var gapsBefore = stream.Gaps;
        if (oldest is { } o)
        {
            stream.Settle(o - 1);
        }

        var outcome = stream.Apply(seq) ? DedupeOutcome.New : DedupeOutcome.Duplicate;
        if (stream.PendingAbove > MaxPendingAbove)
        {
            stream.Settle(stream.LowestAbove - 1);
        }

        _dirty.Add(key);
        return outcome with { NewGaps = stream.Gaps - gapsBefore };
    }

    public long Watermark(string gateway, long epoch) => _streams.TryGetValue((gateway, epoch), out var s) ? s.Watermark : 0;

    /// <summary>The streams changed since the last call, as records to store; clears the change set.</summary>
    public IReadOnlyList<StreamState> TakeChanged()
    {
        if (_dirty.Count == 0)
        {
            return [];
        }

        var changed = new List<StreamState>(_dirty.Count);
        foreach (var key in _dirty)
        {
            changed.Add(Snapshot(key, _streams[key]));
        }

        _dirty.Clear();
        return changed;
    }

    public IEnumerable<StreamState> All() => _streams.Select(kv => Snapshot(kv.Key, kv.Value));

    private static StreamState Snapshot((string Gateway, long Epoch) key, StreamProgress s) =>
        new(key.Gateway, key.Epoch, s.Watermark, s.AppliedAboveSnapshot(), s.Gaps);
}

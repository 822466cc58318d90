namespace TrackHub.Shared.Contracts.Acknowledgement;

/// <summary>The mutable dedupe state of one gateway epoch, owned by <see cref="BatchDeduplicator"/>.</summary>
internal sealed class StreamProgress
{
    private readonly SortedSet<long> _above;

    public StreamProgress(long watermark, IEnumerable<long> appliedAbove, long gaps)
    {
        Watermark = watermark;
        Gaps = gaps;
        _above = new SortedSet<long>(appliedAbove.Where(s => s > watermark));
        Advance();
    }

    /// <summary>Every seq up to here is settled (applied, or given up as lost).</summary>
    public long Watermark { get; private set; }

    /// <summary>Seqs given up as lost: skipped by the gateway's <c>oldest</c> without ever arriving.</summary>
    public long Gaps { get; private set; }

    public int PendingAbove => _above.Count;

    public long LowestAbove => _above.Min;

    /// <summary>Marks a seq applied; false when it already was.</summary>
    public bool Apply(long seq)
    {
        if (seq <= Watermark || !_above.Add(seq))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Everything up to <paramref name="upTo"/> is settled; seqs in between that never came are gaps.</summary>
    public void Settle(long upTo)
    {
        if (upTo <= Watermark)
        {
            return;
        }

        var applied = _above.GetViewBetween(Watermark + 1, upTo);
        Gaps += upTo - Watermark - applied.Count;
        _above.RemoveWhere(s => s <= upTo);
        Watermark = upTo;
        Advance();
    }

    public IReadOnlyList<long> AppliedAboveSnapshot() => _above.Count == 0 ? [] : [.. _above];

    private void Advance()
    {
        while (_above.Count > 0 && _above.Min == Watermark + 1)
        {
            _above.Remove(Watermark + 1);
            Watermark++;
        }
    }
}

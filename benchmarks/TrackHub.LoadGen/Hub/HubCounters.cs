namespace TrackHub.LoadGen.Hub;

/// <summary>The hub's ingest counters since it started, as <c>/api/ingest/stats</c> or <c>/health</c> report them.</summary>
public sealed record HubCounters(
    long AppliedObservations,
    long AppliedBatches,
    long DuplicateBatches,
    long RejectedEnvelopes,
    long RejectedItems,
    long SeqGaps)
{
    public static HubCounters Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public HubCounters Since(HubCounters before) => new(
        AppliedObservations - before.AppliedObservations,
        AppliedBatches - before.AppliedBatches,
        DuplicateBatches - before.DuplicateBatches,
        RejectedEnvelopes - before.RejectedEnvelopes,
        RejectedItems - before.RejectedItems,
        SeqGaps - before.SeqGaps);
}

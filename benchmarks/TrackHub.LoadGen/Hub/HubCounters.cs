namespace TrackHub.LoadGen.Hub;

/// <summary>
/// The hub's ingest counts. <see cref="AcceptedObservations"/> is what the database holds (<c>/api/ingest/stats</c>,
/// observations of stored batches), or the pipeline's applied count from <c>/health</c> on a hub without that endpoint;
/// the rest are the pipeline's counters since it started (<c>/health</c>).
/// </summary>
public sealed record HubCounters(
    long AcceptedObservations,
    long AppliedObservations,
    long AppliedBatches,
    long DuplicateBatches,
    long RejectedEnvelopes,
    long RejectedItems,
    long SeqGaps)
{
    public HubCounters Since(HubCounters before) => new(
        AcceptedObservations - before.AcceptedObservations,
        AppliedObservations - before.AppliedObservations,
        AppliedBatches - before.AppliedBatches,
        DuplicateBatches - before.DuplicateBatches,
        RejectedEnvelopes - before.RejectedEnvelopes,
        RejectedItems - before.RejectedItems,
        SeqGaps - before.SeqGaps);
}

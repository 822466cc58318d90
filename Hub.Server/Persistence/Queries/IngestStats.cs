namespace TrackHub.Hub.Persistence.Queries;

/// <summary>What the database holds of the ingest: batches, their observations, and rejections by reason code.</summary>
public sealed record IngestStats(
    long Batches,
    long Observations,
    long AcceptedObservations,
    long DeadLetters,
    IReadOnlyDictionary<string, long> DeadLettersByCode);

using TrackHub.Hub.Pipeline;

namespace TrackHub.Hub.Api;

/// <summary>
/// <c>GET /api/ingest/stats</c>: what the database holds (batches, observations, dead letters by reason code) and what
/// the pipeline counted since the hub started (duplicates dropped, unknown types and fields tolerated, seq gaps).
/// </summary>
public sealed record IngestStatsView(
    long Batches,
    long Observations,
    long AcceptedObservations,
    long DeadLetters,
    IReadOnlyDictionary<string, long> DeadLettersByCode,
    IngestCounters? SinceStart);

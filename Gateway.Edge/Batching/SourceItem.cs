using TrackHub.Edge.Outbox;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Batching;

/// <summary>An observation on its way to a batch, with the checkpoint its source reaches once it is stored.</summary>
public readonly record struct SourceItem(Observation Observation, SourceCheckpoint? Checkpoint);

namespace TrackHub.Edge.Outbox;

/// <summary>A stored batch: its <c>seq</c>, how many observations it holds and their JSON array (the envelope's <c>obs</c>).</summary>
public sealed record OutboxBatch(long Sequence, int Count, ReadOnlyMemory<byte> ObservationsJson);

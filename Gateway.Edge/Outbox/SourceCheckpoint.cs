namespace TrackHub.Edge.Outbox;

/// <summary>
/// How far a resumable source has been read into the outbox: <see cref="Emitted"/> observations so far, the last of
/// them at <see cref="Position"/> (line or track point number). Stored in the same transaction as the batch holding
/// that observation, so a restart continues exactly after it.
/// </summary>
public sealed record SourceCheckpoint(string Source, long Emitted, long Position);

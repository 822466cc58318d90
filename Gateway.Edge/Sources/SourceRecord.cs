using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Sources;

/// <summary>
/// What a source read at <see cref="Position"/> (line or point number, 1-based): an observation, a rejection with its
/// reason, or both (a line can complete the previous fix and be bad itself). <see cref="Emitted"/> counts the
/// observations the source has produced so far, this one included: the resume point of a checkpoint.
/// </summary>
public readonly record struct SourceRecord(Observation? Observation, Rejection? Rejected, long Position, long Emitted);

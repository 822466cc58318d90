using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Sources;

/// <summary>One step of reading a capture: at <see cref="Position"/> (1-based line or point) an observation and/or a rejection.</summary>
public readonly record struct CaptureRecord(long Position, Observation? Observation, Rejection? Rejected);

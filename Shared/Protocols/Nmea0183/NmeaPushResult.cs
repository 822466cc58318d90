using TrackHub.Shared.Contracts;

namespace TrackHub.Shared.Protocols.Nmea0183;

/// <summary>
/// What one line pushed into <see cref="NmeaFixAssembler"/> produced: the fix of the epoch it closed, and/or why that
/// line (or the epoch it closed) yields nothing. Both null: the line was taken in, or is not needed for fixes.
/// </summary>
public readonly record struct NmeaPushResult(GpsObservation? Fix, Rejection? Rejected);

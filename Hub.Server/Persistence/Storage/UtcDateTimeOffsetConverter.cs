using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TrackHub.Hub.Persistence.Storage;

/// <summary>
/// Npgsql writes <c>timestamptz</c> only from offset-zero values; normalising here means a caller's local offset (an
/// API <c>from=...+01:00</c>) is a correct instant rather than an exception.
/// </summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);

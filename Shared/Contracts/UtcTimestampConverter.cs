using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrackHub.Shared.Contracts;

/// <summary>
/// Writes timestamps as ISO 8601 UTC with a <c>Z</c> (the contract's form); reads any ISO 8601 timestamp that states
/// its offset and converts it to UTC. A timestamp without a zone is ambiguous and rejected.
/// </summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    private const string MillisecondFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private const string TickFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("a timestamp must be an ISO 8601 string");
        }

        var text = reader.GetString()!;
        if (!HasZone(text))
        {
            throw new JsonException($"timestamp '{text}' has no time zone; use UTC with a Z");
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            throw new JsonException($"'{text}' is not an ISO 8601 timestamp");
        }

        return value.ToUniversalTime();
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        // Millisecond precision as in the contract's examples; finer ticks (from receivers that have them) are kept.
        var utc = value.UtcDateTime;
        var format = utc.Ticks % TimeSpan.TicksPerMillisecond == 0 ? MillisecondFormat : TickFormat;
        Span<char> buffer = stackalloc char[40];
        if (utc.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture))
        {
            writer.WriteStringValue(buffer[..written]);
        }
        else
        {
            writer.WriteStringValue(utc.ToString(format, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The contract's text form of a timestamp, e.g. <c>2026-12-03T10:00:00.120Z</c>.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString(MillisecondFormat, CultureInfo.InvariantCulture);

    private static bool HasZone(string text)
    {
        var t = text.IndexOf('T', StringComparison.Ordinal);
        if (t < 0)
        {
            return false;
        }

        var time = text.AsSpan(t);
        return time.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || time.LastIndexOfAny('+', '-') > 0;
    }
}

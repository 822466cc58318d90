using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TrackHub.Hub.Persistence.Storage;

/// <summary>
/// SQLite has no time type, and EF's default text for <see cref="DateTimeOffset"/> keeps the offset and trims the
/// fraction, so it neither sorts nor compares correctly. This writes fixed-width UTC ISO 8601 with 7 fraction digits:
/// text order is time order, range queries and ORDER BY work in SQL, and the value stays readable in the sqlite3 shell.
/// </summary>
public sealed class UtcIsoTextConverter() : ValueConverter<DateTimeOffset, string>(v => ToText(v), s => FromText(s))
{
    public const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'";

    public static string ToText(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset FromText(string text) =>
        new(DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);
}

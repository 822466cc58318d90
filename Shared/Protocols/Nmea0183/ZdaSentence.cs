using System.Diagnostics.CodeAnalysis;

namespace TrackHub.Shared.Protocols.Nmea0183;

/// <summary>ZDA, time and date: <c>time,dd,mm,yyyy,zone hours,zone minutes</c>. A date source for GGA-only receivers.</summary>
public sealed record ZdaSentence
{
    public required string Talker { get; init; }

    public TimeSpan? Time { get; init; }

    public DateOnly? Date { get; init; }

    public static bool TryParse(NmeaSentence sentence, [NotNullWhen(true)] out ZdaSentence? zda, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        zda = null;
        if (sentence.Fields.Count < 4)
        {
            problem = $"ZDA has {sentence.Fields.Count} fields; at least 4 (up to the year) are needed";
            return false;
        }

        var fields = new NmeaFieldReader(sentence);
        var time = fields.Time(0);
        var (day, month, year) = (fields.Integer(1, "day"), fields.Integer(2, "month"), fields.Integer(3, "year"));
        var text = $"{sentence.Field(1)}/{sentence.Field(2)}/{sentence.Field(3)}";
        DateOnly? date = null;
        if ((day, month, year) is ({ } d, { } m, { } y))
        {
            // Four digits: a two-digit year here would be a different, older format.
            date = fields.CalendarDate(y < 1000 ? 0 : y, m, d, text);
        }

        problem = fields.Problem;
        zda = problem is null ? new ZdaSentence { Talker = sentence.Talker, Time = time, Date = date } : null;
        return zda is not null;
    }
}

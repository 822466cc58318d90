using System.Diagnostics.CodeAnalysis;

namespace TrackHub.Shared.Protocols.Nmea0183;

/// <summary>
/// VTG, course and speed over ground: <c>course,T,course,M,knots,N,km/h,K[,mode]</c>, or the pre-2.0 form
/// <c>course,course,knots,km/h</c> without unit letters. It has no time: it belongs to the epoch it is sent in.
/// </summary>
public sealed record VtgSentence
{
    public required string Talker { get; init; }

    /// <summary>Course over ground, degrees true.</summary>
    public double? Course { get; init; }

    /// <summary>Speed over ground, m/s (from knots, or from km/h when knots are empty).</summary>
    public double? Speed { get; init; }

    /// <summary>NMEA 2.3+ mode; <c>N</c> means the data is not valid.</summary>
    public char? Mode { get; init; }

    public bool IsValid => Mode is not ('N' or 'M' or 'S');

    public static bool TryParse(NmeaSentence sentence, [NotNullWhen(true)] out VtgSentence? vtg, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        vtg = null;
        var modern = sentence.Fields.Count >= 8;
        if (!modern && sentence.Fields.Count != 4)
        {
            problem = $"VTG has {sentence.Fields.Count} fields; 4 (old form) or at least 8 are needed";
            return false;
        }

        var (knotsAt, kmhAt) = modern ? (4, 6) : (2, 3);
        var fields = new NmeaFieldReader(sentence);
        var course = fields.Number(0, "course");
        var knots = fields.Number(knotsAt, "speed (knots)");
        var kmh = fields.Number(kmhAt, "speed (km/h)");
        var mode = modern ? fields.Letter(8, "mode", "ADEFMNPRS") : null;
        problem = fields.Problem;
        vtg = problem is not null ? null : new VtgSentence
        {
            Talker = sentence.Talker,
            Course = course,
            Speed = knots is { } k ? k * RmcSentence.KnotsToMetresPerSecond : kmh / 3.6,
            Mode = mode,
        };
        return vtg is not null;
    }
}

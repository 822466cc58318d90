using System.Diagnostics.CodeAnalysis;

namespace TrackHub.Shared.Protocols.Nmea0183;

/// <summary>
/// RMC, recommended minimum data: <c>time,status,lat,N,lon,E,knots,course,ddmmyy,magvar,E[,mode[,navstatus]]</c>.
/// Unknown (empty) fields are null.
/// </summary>
public sealed record RmcSentence
{
    public const double KnotsToMetresPerSecond = 1852.0 / 3600.0;

    public required string Talker { get; init; }

    public TimeSpan? Time { get; init; }

    /// <summary><c>A</c> valid, <c>V</c> void (no fix); null when the field is empty.</summary>
    public char? Status { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>Speed over ground in m/s (the sentence carries knots).</summary>
    public double? Speed { get; init; }

    /// <summary>Course over ground, degrees true.</summary>
    public double? Course { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>NMEA 2.3+ mode: A autonomous, D differential, E estimated, F/R RTK, P precise, M manual, S simulator, N invalid.</summary>
    public char? Mode { get; init; }

    /// <summary>
    /// True when the receiver vouches for the position. Manual and simulator modes are not measurements. The NMEA 4.10
    /// navigational-status field after the mode is ignored on purpose: u-blox receivers always send <c>V</c> there,
    /// even with a good fix.
    /// </summary>
    public bool HasFix => Status == 'A' && Mode is not ('N' or 'M' or 'S') && Latitude is not null && Longitude is not null;

    public static bool TryParse(NmeaSentence sentence, [NotNullWhen(true)] out RmcSentence? rmc, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        rmc = null;
        if (sentence.Fields.Count < 9)
        {
            problem = $"RMC has {sentence.Fields.Count} fields; at least 9 (up to the date) are needed";
            return false;
        }

        var fields = new NmeaFieldReader(sentence);
        var parsed = new RmcSentence
        {
            Talker = sentence.Talker,
            Time = fields.Time(0),
            Status = fields.Letter(1, "status", "AV"),
            Latitude = fields.Coordinate(2, latitude: true),
            Longitude = fields.Coordinate(4, latitude: false),
            Speed = fields.Number(6, "speed") * KnotsToMetresPerSecond,
            Course = fields.Number(7, "course"),
            Date = fields.Date(8),
            Mode = fields.Letter(11, "mode", "ADEFMNPRS"),
        };
        problem = fields.Problem;
        rmc = problem is null ? parsed : null;
        return rmc is not null;
    }
}

using System.Diagnostics.CodeAnalysis;

namespace TrackHub.Shared.Protocols.Nmea0183;

/// <summary>
/// GGA, fix data: <c>time,lat,N,lon,E,quality,satellites,hdop,altitude,M,geoid separation,M,age,station</c>.
/// It has no date. Unknown (empty) fields are null.
/// </summary>
public sealed record GgaSentence
{
    public required string Talker { get; init; }

    public TimeSpan? Time { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>0 invalid, 1 GPS, 2 DGPS, 3 PPS, 4 RTK fixed, 5 RTK float, 6 estimated, 7 manual, 8 simulator.</summary>
    public int? Quality { get; init; }

    public int? Satellites { get; init; }

    /// <summary>Horizontal dilution of precision, as the receiver gave it.</summary>
    public double? Hdop { get; init; }

    /// <summary>Antenna altitude above mean sea level, metres.</summary>
    public double? Altitude { get; init; }

    /// <summary>Geoid height above the WGS-84 ellipsoid, metres.</summary>
    public double? GeoidSeparation { get; init; }

    /// <summary>Qualities 1-6 are measured positions; manual input (7) and the simulator (8) are not.</summary>
    public bool HasFix => Quality is >= 1 and <= 6 && Latitude is not null && Longitude is not null;

    public static bool TryParse(NmeaSentence sentence, [NotNullWhen(true)] out GgaSentence? gga, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        gga = null;
        if (sentence.Fields.Count < 9)
        {
            problem = $"GGA has {sentence.Fields.Count} fields; at least 9 (up to the altitude) are needed";
            return false;
        }

        var fields = new NmeaFieldReader(sentence);
        var parsed = new GgaSentence
        {
            Talker = sentence.Talker,
            Time = fields.Time(0),
            Latitude = fields.Coordinate(1, latitude: true),
            Longitude = fields.Coordinate(3, latitude: false),
            Quality = fields.Integer(5, "quality"),
            Satellites = fields.Integer(6, "satellites"),
            Hdop = fields.Number(7, "hdop"),
            Altitude = fields.Number(8, "altitude", allowNegative: true),
            GeoidSeparation = fields.Number(10, "geoid separation", allowNegative: true),
        };
        fields.Unit(9, "altitude", 'M');
        fields.Unit(11, "geoid separation", 'M');
        problem = fields.Problem;
        gga = problem is null ? parsed : null;
        return gga is not null;
    }
}

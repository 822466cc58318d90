using System.Globalization;

namespace TrackHub.Shared.Tests.Support;

/// <summary>Builds NMEA lines for hand-made cases, with a checksum computed here rather than by the code under test.</summary>
public static class NmeaText
{
    /// <summary><c>GPGGA,...</c> → <c>$GPGGA,...*hh</c>.</summary>
    public static string Line(string body)
    {
        var sum = 0;
        foreach (var c in body)
        {
            sum ^= c;
        }

        return "$" + body + "*" + sum.ToString("X2", CultureInfo.InvariantCulture);
    }
}

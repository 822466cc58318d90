using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TrackHub.Testing.Captures;

/// <summary>
/// Reads gpsd's regression answers (<c>*.log.chk</c>): the input sentences interleaved with the JSON gpsd emitted for
/// them. Only the <c>TPV</c> (time-position-velocity) reports are returned, in file order, as a second decoder's opinion.
/// </summary>
public static class GpsdCheckFile
{
    public static IReadOnlyList<GpsdTpv> ReadTpv(string path)
    {
        var reports = new List<GpsdTpv>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.Latin1))
        {
            lineNumber++;
            var text = line.Trim();
            if (!text.StartsWith("{\"class\":\"TPV\"", StringComparison.Ordinal))
            {
                continue;
            }

            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            reports.Add(new GpsdTpv(
                lineNumber,
                root.GetProperty("mode").GetInt32(),
                root.TryGetProperty("time", out var time)
                    ? DateTimeOffset.Parse(time.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
                    : null,
                Number(root, "lat"),
                Number(root, "lon"),
                Number(root, "altMSL"),
                Number(root, "speed"),
                Number(root, "track")));
        }

        return reports;
    }

    private static double? Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.GetDouble() : null;
}

/// <summary>
/// One gpsd TPV report. <see cref="Mode"/> 1 is no fix, 2 a 2D fix, 3 a 3D fix. gpsd prints latitude and longitude
/// with 9 decimals, so a value decoded at full precision agrees with it to within <see cref="DegreesTolerance"/>.
/// </summary>
public sealed record GpsdTpv(int Line, int Mode, DateTimeOffset? Time, double? Lat, double? Lon, double? AltMsl, double? Speed, double? Track)
{
    public const double DegreesTolerance = 0.5e-9;

    public bool HasFix => Mode >= 2 && Lat is not null && Lon is not null;
}

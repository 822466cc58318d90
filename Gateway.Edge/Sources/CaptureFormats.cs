namespace TrackHub.Edge.Sources;

/// <summary>Tells a capture's format from its extension, or else from its first meaningful line.</summary>
public static class CaptureFormats
{
    public const string Nmea = "nmea";
    public const string Gpx = "gpx";
    public const string Jsonl = "jsonl";

    public static readonly IReadOnlyList<string> All = [Nmea, Gpx, Jsonl];

    /// <summary>The format, or null when neither the name nor the content says.</summary>
    public static string? Detect(string path)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".nmea" or ".nma":
                return Nmea;
            case ".gpx":
                return Gpx;
            case ".jsonl" or ".ndjson":
                return Jsonl;
        }

        using var reader = new StreamReader(path);
        for (var i = 0; i < 200 && reader.ReadLine() is { } line; i++)
        {
            var text = line.TrimStart('\uFEFF', ' ', '\t');
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue; // blank, or a gpsd test-log header
            }

            return text[0] switch
            {
                '$' or '!' => Nmea,
                '<' => Gpx,
                '{' => Jsonl,
                _ => null,
            };
        }

        return null;
    }

    /// <summary>The reader of a format; <paramref name="context"/> names the device, reader or receiver the frames come from.</summary>
    public static ICaptureReader Reader(string format, CaptureContext context) => format switch
    {
        Nmea => new NmeaCaptureReader(context.Device),
        Gpx => new GpxCaptureReader(context.Device),
        Jsonl => new JsonlCaptureReader(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown capture format"),
    };
}

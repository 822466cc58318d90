using System.Globalization;
using System.Xml;
using TrackHub.Shared.Contracts;

namespace TrackHub.Shared.Protocols.Gpx;

/// <summary>
/// Streams the track points of a GPX 1.0 or 1.1 document with <see cref="XmlReader"/>, in document order, without
/// loading the document. Everything but <c>trk/trkseg/trkpt</c> with its <c>ele</c> and <c>time</c> is skipped,
/// extensions included. A point that cannot be used is left out and reported with its reason; a document that is not
/// well-formed XML throws <see cref="XmlException"/> (with line and position) where it breaks, after the points before it.
/// </summary>
public static class GpxTrackReader
{
    private const string Gpx10 = "http://www.topografix.com/GPX/1/0";
    private const string Gpx11 = "http://www.topografix.com/GPX/1/1";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <param name="stream">The GPX document; it is read once, forwards, and left open.</param>
    /// <param name="onRejected">Told about every point that is left out, and why (code and detail).</param>
    public static IEnumerable<GpxTrackPoint> Read(Stream stream, Action<Rejection>? onRejected = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadPoints(stream, onRejected);
    }

    private static IEnumerable<GpxTrackPoint> ReadPoints(Stream stream, Action<Rejection>? onRejected)
    {
        using var reader = XmlReader.Create(stream, Settings);
        var index = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "trkpt" || !IsGpx(reader.NamespaceURI))
            {
                continue;
            }

            index++;
            var point = ReadPoint(reader, index, out var rejection);
            if (point is not null)
            {
                yield return point;
            }
            else
            {
                onRejected?.Invoke(rejection!);
            }
        }
    }

    private static GpxTrackPoint? ReadPoint(XmlReader reader, int index, out Rejection? rejection)
    {
        var where = reader is IXmlLineInfo info && info.HasLineInfo()
            ? $"track point {index} (line {info.LineNumber}, column {info.LinePosition})"
            : $"track point {index}";
        var (latText, lonText) = (reader.GetAttribute("lat"), reader.GetAttribute("lon"));
        var (elevationText, timeText) = ReadChildren(reader);

        rejection = null;
        if (!TryDegrees(latText, 90, out var lat) || !TryDegrees(lonText, 180, out var lon))
        {
            rejection = new Rejection(
                GpxRejectionCodes.InvalidCoordinates,
                $"{where}: lat '{latText ?? "(missing)"}', lon '{lonText ?? "(missing)"}' is not a position (lat -90..90, lon -180..180)");
            return null;
        }

        double? elevation = null;
        if (elevationText is not null)
        {
            if (!double.TryParse(elevationText, NumberStyles.Float, CultureInfo.InvariantCulture, out var e) || !double.IsFinite(e))
            {
                rejection = new Rejection(GpxRejectionCodes.InvalidElevation, $"{where}: ele '{elevationText}' is not a number of metres");
                return null;
            }

            elevation = e;
        }

        DateTimeOffset? time = null;
        if (timeText is not null)
        {
            if (!TryTime(timeText, out var t))
            {
                rejection = new Rejection(GpxRejectionCodes.InvalidTime, $"{where}: time '{timeText}' is not an ISO 8601 date and time");
                return null;
            }

            time = t;
        }

        return new GpxTrackPoint(lat, lon, elevation, time);
    }

    /// <summary>Reads the point's children up to its end tag; returns the text of <c>ele</c> and <c>time</c>.</summary>
    private static (string? Elevation, string? Time) ReadChildren(XmlReader reader)
    {
        string? elevation = null;
        string? time = null;
        if (reader.IsEmptyElement)
        {
            return (elevation, time);
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (reader.Depth == depth + 1 && IsGpx(reader.NamespaceURI) && reader.LocalName is "ele" or "time")
            {
                var isElevation = reader.LocalName == "ele";
                var text = reader.ReadElementContentAsString().Trim();
                (elevation, time) = isElevation ? (text, time) : (elevation, text);
            }
            else
            {
                // Extensions and elements we do not use (sat, hdop, speed of GPX 1.0, …), whatever they contain.
                reader.Skip();
            }
        }

        return (elevation, time);
    }

    private static bool TryDegrees(string? text, double limit, out double degrees) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out degrees)
        && degrees >= -limit && degrees <= limit;

    /// <summary>xsd:dateTime; a time without a zone is UTC, as GPX defines all its times.</summary>
    private static bool TryTime(string text, out DateTimeOffset time)
    {
        time = default;
        if (text.Length < 19 || text[4] != '-' || text[10] != 'T'
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        time = parsed.ToUniversalTime();
        return true;
    }

    private static bool IsGpx(string ns) => ns is Gpx11 or Gpx10 || ns.Length == 0;
}

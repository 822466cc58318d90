namespace TrackHub.Edge.Simulation;

/// <summary>Local flat-earth arithmetic: plenty for a few kilometres of synthetic road.</summary>
internal static class GeoMath
{
    private const double MetresPerDegree = 111_320;

    public static double Distance(GeoPoint a, GeoPoint b)
    {
        var (dx, dy) = Delta(a, b);
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    /// <summary>Degrees clockwise from north, 0–360.</summary>
    public static double Bearing(GeoPoint from, GeoPoint to)
    {
        var (dx, dy) = Delta(from, to);
        var degrees = Math.Atan2(dx, dy) * 180 / Math.PI;
        return degrees < 0 ? degrees + 360 : degrees;
    }

    public static GeoPoint Lerp(GeoPoint a, GeoPoint b, double fraction) =>
        new(a.Lat + ((b.Lat - a.Lat) * fraction), a.Lon + ((b.Lon - a.Lon) * fraction));

    /// <summary>The point <paramref name="east"/> and <paramref name="north"/> metres away.</summary>
    public static GeoPoint Offset(GeoPoint from, double east, double north) =>
        new(from.Lat + (north / MetresPerDegree), from.Lon + (east / (MetresPerDegree * Math.Cos(from.Lat * Math.PI / 180))));

    private static (double East, double North) Delta(GeoPoint a, GeoPoint b) =>
        ((b.Lon - a.Lon) * MetresPerDegree * Math.Cos(a.Lat * Math.PI / 180), (b.Lat - a.Lat) * MetresPerDegree);
}

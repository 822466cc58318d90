namespace TrackHub.Domain.Resolution.Geofences;

/// <summary>
/// A flat frame in metres around one origin (east = x, north = y). Geofences are a few kilometres across at most, so
/// an equirectangular projection around the fence itself is accurate to centimetres and keeps all geometry in metres.
/// </summary>
internal readonly record struct LocalTangentPlane(double OriginLat, double OriginLon)
{
    private const double MetresPerDegree = GeoDistance.EarthRadiusMetres * Math.PI / 180;

    private double MetresPerDegreeLon => MetresPerDegree * Math.Cos(OriginLat * Math.PI / 180);

    public double X(double lon) => (lon - OriginLon) * MetresPerDegreeLon;

    public double Y(double lat) => (lat - OriginLat) * MetresPerDegree;
}

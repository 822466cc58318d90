namespace TrackHub.Domain.Resolution.Geofences;

/// <summary>Great-circle distance on a spherical earth (haversine): exact enough for fences and far cheaper than geodesics.</summary>
public static class GeoDistance
{
    /// <summary>Mean earth radius (IUGG), metres.</summary>
    public const double EarthRadiusMetres = 6_371_008.8;

    public static double Metres(double lat1, double lon1, double lat2, double lon2)
    {
        const double ToRadians = Math.PI / 180;
        var dLat = (lat2 - lat1) * ToRadians;
        var dLon = (lon2 - lon1) * ToRadians;
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(lat1 * ToRadians) * Math.Cos(lat2 * ToRadians) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}

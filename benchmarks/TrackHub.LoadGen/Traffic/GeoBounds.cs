using TrackHub.Shared.Configuration;

namespace TrackHub.LoadGen.Traffic;

/// <summary>A latitude/longitude box that GPS fixes are drawn from.</summary>
public sealed record GeoBounds(double MinLat, double MaxLat, double MinLon, double MaxLon)
{
    // About 100 m either way around a circular fence's centre.
    private const double CircleHalfSpan = 0.001;

    /// <summary>The box of the site's boundary geofence, else around the first circular geofence; null without either.</summary>
    public static GeoBounds? Of(SiteDocument document, string siteId)
    {
        var fence = document.Geofences.FirstOrDefault(g => g.Site == siteId && g.Polygon is { Count: > 2 });
        if (fence?.Polygon is { } polygon)
        {
            // GeoJSON order: [lon, lat].
            return new GeoBounds(polygon.Min(p => p[1]), polygon.Max(p => p[1]), polygon.Min(p => p[0]), polygon.Max(p => p[0]));
        }

        return document.Geofences.Select(g => g.Circle).FirstOrDefault(c => c is not null) is { } circle
            ? new GeoBounds(circle.Lat - CircleHalfSpan, circle.Lat + CircleHalfSpan, circle.Lon - CircleHalfSpan, circle.Lon + CircleHalfSpan)
            : null;
    }
}

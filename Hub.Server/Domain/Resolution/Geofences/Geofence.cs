using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;
using TrackHub.Shared.Configuration;

namespace TrackHub.Domain.Resolution.Geofences;

/// <summary>
/// A geofence compiled for point tests in metres: a polygon projected onto a plane around its own centre, or a circle
/// tested by great-circle distance. A bounding box in degrees rejects far-away fixes without any trigonometry.
/// </summary>
public sealed class Geofence
{
    private static readonly GeometryFactory Factory = new();

    private readonly LocalTangentPlane _plane;
    private readonly IPointOnGeometryLocator? _polygon;
    private readonly CircleDefinition? _circle;
    private readonly (double MinLat, double MaxLat, double MinLon, double MaxLon) _box;

    private Geofence(GeofenceDefinition definition, LocalTangentPlane plane, IPointOnGeometryLocator? polygon, CircleDefinition? circle, (double, double, double, double) box)
    {
        Definition = definition;
        _plane = plane;
        _polygon = polygon;
        _circle = circle;
        _box = box;
    }

    public string Id => Definition.Id;

    /// <summary>The site whose boundary this fence is, if any: a vehicle inside it is at that site.</summary>
    public string? Site => Definition.Site;

    public GeofenceDefinition Definition { get; }

    /// <summary>Whether the point lies inside the fence or on its edge.</summary>
    public bool Contains(double lat, double lon)
    {
        if (lat < _box.MinLat || lat > _box.MaxLat || lon < _box.MinLon || lon > _box.MaxLon)
        {
            return false;
        }

        if (_circle is { } c)
        {
            return GeoDistance.Metres(c.Lat, c.Lon, lat, lon) <= c.Radius;
        }

        return _polygon!.Locate(new Coordinate(_plane.X(lon), _plane.Y(lat))) != Location.Exterior;
    }

    /// <summary>Compiles a checked definition; returns the problem instead when its geometry is unusable.</summary>
    internal static (Geofence? Fence, string? Problem) Compile(GeofenceDefinition definition)
    {
        if (definition.Circle is { } circle)
        {
            return CompileCircle(definition, circle);
        }

        return CompilePolygon(definition, definition.Polygon ?? []);
    }

    private static (Geofence?, string?) CompileCircle(GeofenceDefinition definition, CircleDefinition circle)
    {
        if (!IsLatLon(circle.Lat, circle.Lon))
        {
            return (null, $"circle centre ({circle.Lat}, {circle.Lon}) is not a latitude/longitude");
        }

        if (!(circle.Radius > 0 && circle.Radius <= 100_000))
        {
            return (null, $"circle radius {circle.Radius} m is out of range (0, 100000]");
        }

        // Degrees of latitude/longitude that certainly cover the radius (with 10 % to spare).
        var dLat = circle.Radius * 1.1 / (GeoDistance.EarthRadiusMetres * Math.PI / 180);
        var cosLat = Math.Max(Math.Cos(circle.Lat * Math.PI / 180), 1e-6);
        var dLon = Math.Min(180, dLat / cosLat);
        var box = (circle.Lat - dLat, circle.Lat + dLat, circle.Lon - dLon, circle.Lon + dLon);
        return (new Geofence(definition, new LocalTangentPlane(circle.Lat, circle.Lon), null, circle, box), null);
    }

    private static (Geofence?, string?) CompilePolygon(GeofenceDefinition definition, IReadOnlyList<double[]> points)
    {
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i] is not { Length: 2 } p || !IsLatLon(p[1], p[0]))
            {
                return (null, $"polygon point {i + 1} is not a [lon, lat] pair");
            }
        }

        var distinct = points.Select(p => (p[0], p[1])).Distinct().Count();
        if (distinct < 3)
        {
            return (null, $"polygon has {distinct} distinct points; at least 3 are needed");
        }

        var plane = new LocalTangentPlane(points.Average(p => p[1]), points.Average(p => p[0]));
        var ring = points.Select(p => new Coordinate(plane.X(p[0]), plane.Y(p[1]))).ToList();
        if (!ring[0].Equals2D(ring[^1]))
        {
            ring.Add(ring[0].Copy());
        }

        var polygon = Factory.CreatePolygon(ring.ToArray());
        if (new IsValidOp(polygon).ValidationError is { } error)
        {
            return (null, $"polygon is not a valid shape ({error.Message.ToLowerInvariant()})");
        }

        var box = (points.Min(p => p[1]), points.Max(p => p[1]), points.Min(p => p[0]), points.Max(p => p[0]));
        var locator = new IndexedPointInAreaLocator(polygon);

        // The locator builds its index on first use; build it now, so a published model is only ever read.
        locator.Locate(new Coordinate(0, 0));
        return (new Geofence(definition, plane, locator, null, box), null);
    }

    private static bool IsLatLon(double lat, double lon) =>
        double.IsFinite(lat) && double.IsFinite(lon) && lat is >= -90 and <= 90 && lon is >= -180 and <= 180;
}

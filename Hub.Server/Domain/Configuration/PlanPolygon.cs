using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace TrackHub.Domain.Configuration;

/// <summary>Checks a polygon drawn on a site plan (<c>[x, y]</c> metres).</summary>
internal static class PlanPolygon
{
    private static readonly GeometryFactory Factory = new();

    /// <summary>Null when the points make a valid polygon, else why not.</summary>
    public static string? Problem(IReadOnlyList<double[]> points)
    {
        var ring = new List<Coordinate>(points.Count + 1);
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i] is not { Length: 2 } p || !double.IsFinite(p[0]) || !double.IsFinite(p[1]))
            {
                return $"point {i + 1} is not an [x, y] pair";
            }

            ring.Add(new Coordinate(p[0], p[1]));
        }

        var distinct = ring.Distinct().Count();
        if (distinct < 3)
        {
            return $"has {distinct} distinct points; a polygon needs at least 3";
        }

        if (!ring[0].Equals2D(ring[^1]))
        {
            ring.Add(ring[0].Copy());
        }

        var error = new IsValidOp(Factory.CreatePolygon(ring.ToArray())).ValidationError;
        return error is null ? null : $"is not a valid polygon ({error.Message.ToLowerInvariant()})";
    }
}

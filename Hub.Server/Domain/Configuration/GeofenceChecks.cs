using TrackHub.Domain.Resolution.Geofences;

namespace TrackHub.Domain.Configuration;

/// <summary>Checks and compiles the geofences: exactly one shape each, usable geometry, a known site for boundaries.</summary>
internal static class GeofenceChecks
{
    public static List<Geofence> Compile(DocumentIndex index, List<string> errors)
    {
        var fences = new List<Geofence>(index.Geofences.Count);
        foreach (var (id, definition) in index.Geofences)
        {
            var item = $"geofence '{id}'";
            if (definition.Site is { } site && !index.Sites.ContainsKey(site))
            {
                errors.Add($"{item}: site '{site}' is not defined");
            }

            var hasPolygon = definition.Polygon is { Count: > 0 };
            if (hasPolygon == definition.Circle is not null)
            {
                errors.Add(hasPolygon
                    ? $"{item}: has both a polygon and a circle; give one"
                    : $"{item}: has neither a polygon nor a circle");
                continue;
            }

            var (fence, problem) = Geofence.Compile(definition);
            if (problem is not null)
            {
                errors.Add($"{item}: {problem}");
            }
            else
            {
                fences.Add(fence!);
            }
        }

        return fences;
    }
}

using TrackHub.Shared.Configuration;

namespace TrackHub.Hub.Views;

/// <summary>A site as wall screens draw it (see <c>docs/realtime.md</c>): plan, zones, gates, receivers and geofences.</summary>
public sealed record SiteView(
    string Id,
    string Name,
    string TimeZone,
    PlanDefinition? Plan,
    IReadOnlyList<ZoneView> Zones,
    IReadOnlyList<GateView> Gates,
    IReadOnlyList<ReceiverView> Receivers,
    IReadOnlyList<GeofenceView> Geofences)
{
    /// <summary>The site's parts from a configuration document; geofences bound to no site are shown on every site.</summary>
    public static SiteView From(SiteDocument document, SiteDefinition site)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(site);
        return new SiteView(
            site.Id,
            site.Name,
            site.TimeZone,
            site.Plan,
            [.. document.Zones.Where(z => z.Site == site.Id).Select(z => new ZoneView(z.Id, z.Name, z.Kind, z.Area))],
            [.. document.Gates.Where(g => g.Site == site.Id).Select(g => new GateView(g.Id, g.Name, g.InsideZone, g.OutsideZone, g.Position))],
            [.. document.Receivers.Where(r => r.Site == site.Id).Select(r => new ReceiverView(r.Id, r.Zone, r.Position))],
            [.. document.Geofences.Where(f => f.Site is null || f.Site == site.Id).Select(f => new GeofenceView(f.Id, f.Name, f.Site, f.Polygon, f.Circle))]);
    }
}

public sealed record ZoneView(string Id, string Name, string Kind, IReadOnlyList<double[]> Area);

public sealed record GateView(string Id, string Name, string InsideZone, string? OutsideZone, double[]? Position);

public sealed record ReceiverView(string Id, string Zone, double[]? Position);

public sealed record GeofenceView(string Id, string Name, string? Site, IReadOnlyList<double[]>? Polygon, CircleDefinition? Circle);

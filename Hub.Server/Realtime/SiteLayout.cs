using TrackHub.Domain;
using TrackHub.Domain.Model;
using TrackHub.Hub.Views;
using TrackHub.Shared.Configuration;

namespace TrackHub.Hub.Realtime;

/// <summary>Names and layouts from the active configuration, for turning domain state into views.</summary>
internal sealed class SiteLayout
{
    private readonly Dictionary<string, string> _assetNames;
    private readonly Dictionary<string, string> _personNames;
    private readonly Dictionary<string, string> _gateNames;
    private readonly Dictionary<string, string> _gatewaySites;
    private readonly Dictionary<string, SiteView> _sites;

    public SiteLayout(SiteModel model)
    {
        var doc = model.Document;
        _assetNames = doc.Assets.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        _personNames = doc.People.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        _gateNames = doc.Gates.ToDictionary(g => g.Id, g => g.Name, StringComparer.Ordinal);
        _gatewaySites = doc.Gateways.ToDictionary(g => g.Id, g => g.Site, StringComparer.Ordinal);
        _sites = doc.Sites.ToDictionary(s => s.Id, s => BuildSite(doc, s), StringComparer.Ordinal);
        SiteIds = [.. doc.Sites.Select(s => s.Id)];
    }

    public IReadOnlyList<string> SiteIds { get; }

    public SiteView? Site(string id) => _sites.GetValueOrDefault(id);

    public string? GatewaySite(string gateway) => _gatewaySites.GetValueOrDefault(gateway);

    public string AssetName(string id) => _assetNames.GetValueOrDefault(id, id);

    public PassageView Passage(GatePassage p) => new(
        p.Id,
        p.GateId,
        _gateNames.GetValueOrDefault(p.GateId, p.GateId),
        p.Site,
        p.Direction,
        p.Started,
        p.Ended,
        [.. p.Assets.Select(a => new NamedRef(a, _assetNames.GetValueOrDefault(a, a)))],
        [.. p.People.Select(a => new NamedRef(a, _personNames.GetValueOrDefault(a, a)))],
        p.UnknownTags);

    public WorkOrderView WorkOrder(WorkOrder w) =>
        new(w.Id, w.AssetId, AssetName(w.AssetId), w.PlanId, w.Title, w.Status, w.RaisedAt, w.RaisedAtHours, w.CompletedAt);

    private static SiteView BuildSite(SiteDocument doc, SiteDefinition site) => new(
        site.Id,
        site.Name,
        site.TimeZone,
        site.Plan is { } plan ? new PlanView(plan.Width, plan.Height, plan.Image) : null,
        [.. doc.Zones.Where(z => z.Site == site.Id).Select(z => new ZoneView(z.Id, z.Name, z.Kind, z.Area))],
        [.. doc.Gates.Where(g => g.Site == site.Id).Select(g => new GateView(g.Id, g.Name, g.InsideZone, g.OutsideZone, g.Position))],
        [.. doc.Receivers.Where(r => r.Site == site.Id).Select(r => new ReceiverView(r.Id, r.Zone, r.Position))],
        [.. doc.Geofences.Where(f => f.Site is null || f.Site == site.Id).Select(f => new GeofenceView(
            f.Id, f.Name, f.Site, f.Polygon, f.Circle is { } c ? new CircleView(c.Lat, c.Lon, c.Radius) : null))]);
}

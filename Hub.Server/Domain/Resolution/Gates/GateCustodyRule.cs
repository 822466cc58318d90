using TrackHub.Domain.Assets;
using TrackHub.Domain.Events;
using TrackHub.Domain.Model;

namespace TrackHub.Domain.Resolution.Gates;

/// <summary>
/// What a completed passage means for custody. In: the asset is back with the site, available, in the gate's inside
/// zone. Out: it is checked out to the first person whose badge went through with it (none: null, an exception a
/// person settles), in the gate's outside zone or off site. Statuses people set (in maintenance, unavailable, retired)
/// are not undone by walking through a gate.
/// </summary>
internal static class GateCustodyRule
{
    public static void Apply(OpenPassage open, GatePassage passage, SiteModel model, AssetCatalog assets, DecisionSet decisions)
    {
        var gate = open.Gate;
        var inwards = passage.Direction == PassageDirection.In;
        var custodian = inwards ? SiteCustodian(model, gate.Site) : FirstPerson(model, open.People);
        foreach (var (assetId, crossing) in open.Assets)
        {
            if (assets.Find(assetId) is not { } slot)
            {
                continue;
            }

            var asset = slot.State;
            var at = crossing.CrossedAt;
            var status = asset.Status is AssetStatus.InMaintenance or AssetStatus.Unavailable or AssetStatus.Retired
                ? asset.Status
                : inwards ? AssetStatus.Available : AssetStatus.CheckedOut;
            var next = asset with { Status = status, Custodian = custodian };
            var before = asset.Location;
            var location = new AssetLocation
            {
                Site = inwards || gate.OutsideZone is not null ? gate.Site : null,
                Zone = inwards ? gate.InsideZone : gate.OutsideZone,
                Since = at,
                Source = LocationSources.RfidGate,
                Evidence = crossing.Evidence,
            };

            // Newer evidence of where it is (a beacon already heard inside) wins over the gate's own reading.
            var moves = at >= slot.LocationCheckedAt;
            if (moves)
            {
                next = next with { Location = location };
                slot.LocationCheckedAt = at;
            }

            slot.State = next;
            decisions.ChangedAssets.Add(assetId);
            decisions.Events.Add(inwards
                ? new AssetCheckedIn { Timestamp = at, AssetId = assetId, Site = gate.Site, Evidence = crossing.Evidence, PassageId = passage.Id, PreviousCustodian = asset.Custodian }
                : new AssetCheckedOut { Timestamp = at, AssetId = assetId, Site = gate.Site, Evidence = crossing.Evidence, PassageId = passage.Id, Custodian = custodian });
            if (moves && (before is null || !string.Equals(before.Site, location.Site, StringComparison.Ordinal) || !string.Equals(before.Zone, location.Zone, StringComparison.Ordinal)))
            {
                decisions.Events.Add(new AssetMoved { Timestamp = at, AssetId = assetId, Site = gate.Site, Evidence = crossing.Evidence, From = before, To = location });
            }
        }
    }

    private static Custodian SiteCustodian(SiteModel model, string siteId) =>
        new(CustodianKind.Site, siteId, model.FindSite(siteId)?.Name);

    private static Custodian? FirstPerson(SiteModel model, IReadOnlyList<string> people) =>
        people.Count == 0 ? null : new Custodian(CustodianKind.Person, people[0], model.FindPerson(people[0])?.Name);
}

using TrackHub.Domain.Assets;
using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Shared.Contracts;

namespace TrackHub.Domain.Resolution.Geofences;

/// <summary>
/// Enter/exit per (asset, fence), decided at the fix where it happened. The fences an asset is inside are part of its
/// state (<c>InsideGeofences</c>), so a restart neither repeats nor loses a crossing.
/// </summary>
internal static class GeofenceRule
{
    public static void Apply(AssetSlot slot, GpsObservation fix, ObservationRef source, SiteModel model, DecisionSet decisions)
    {
        var inside = slot.State.InsideGeofences;
        var fences = model.Geofences;
        if (!AnyCrossing(fences, inside, fix))
        {
            return;
        }

        var asset = slot.State;
        var now = new List<string>(inside.Count + 1);
        foreach (var fence in fences)
        {
            var isIn = fence.Contains(fix.Latitude, fix.Longitude);
            var wasIn = inside.Contains(fence.Id);
            if (isIn)
            {
                now.Add(fence.Id);
            }

            var site = fence.Site ?? asset.Location?.Site;
            if (isIn && !wasIn)
            {
                decisions.Events.Add(new GeofenceEntered { Timestamp = fix.Timestamp, AssetId = asset.Id, Site = site, Evidence = [source], GeofenceId = fence.Id, Lat = fix.Latitude, Lon = fix.Longitude });
            }
            else if (!isIn && wasIn)
            {
                decisions.Events.Add(new GeofenceExited { Timestamp = fix.Timestamp, AssetId = asset.Id, Site = site, Evidence = [source], GeofenceId = fence.Id, Lat = fix.Latitude, Lon = fix.Longitude });
            }
        }

        slot.State = asset with { InsideGeofences = now };
        decisions.ChangedAssets.Add(asset.Id);
    }

    private static bool AnyCrossing(IReadOnlyList<Geofence> fences, IReadOnlyList<string> inside, GpsObservation fix)
    {
        foreach (var fence in fences)
        {
            if (fence.Contains(fix.Latitude, fix.Longitude) != inside.Contains(fence.Id))
            {
                return true;
            }
        }

        return false;
    }
}

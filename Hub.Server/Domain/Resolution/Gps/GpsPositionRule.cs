using TrackHub.Domain.Assets;
using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Shared.Contracts;

namespace TrackHub.Domain.Resolution.Gps;

/// <summary>
/// A GPS fix places the asset at its latitude/longitude, and at a site when it is inside that site's boundary fence.
/// Only the newest fix counts (a late fix joins the track but does not move the asset). <c>AssetMoved</c> is written
/// when the place changes (site, zone), not for every fix: the fixes themselves are telemetry.
/// </summary>
internal static class GpsPositionRule
{
    /// <summary>Applies the fix; false when it is older than what placed the asset (nothing else should follow from it).</summary>
    public static bool Apply(AssetSlot slot, GpsObservation fix, ObservationRef source, SiteModel model, DecisionSet decisions)
    {
        var at = fix.Timestamp;
        (slot.Track ??= new GpsTrack()).Add(fix.Longitude, fix.Latitude, at);
        if (at < slot.LocationCheckedAt)
        {
            return false;
        }

        var asset = slot.State;
        var old = asset.Location;
        var site = model.SiteAt(fix.Latitude, fix.Longitude);

        // GPS cannot tell zones apart (zones are drawn on the plan), so a zone known from a gate or beacon stays
        // while the vehicle is still at that site.
        var zone = old is not null && string.Equals(old.Site, site, StringComparison.Ordinal) ? old.Zone : null;
        var location = new AssetLocation
        {
            Site = site,
            Zone = zone,
            Vehicle = old?.Vehicle,
            Lat = fix.Latitude,
            Lon = fix.Longitude,
            Since = at,
            Source = LocationSources.Gps,
            Evidence = [source],
        };

        slot.State = asset with { Location = location };
        slot.LocationCheckedAt = at;
        decisions.ChangedAssets.Add(asset.Id);
        if (old is null || !string.Equals(old.Site, site, StringComparison.Ordinal) || !string.Equals(old.Zone, zone, StringComparison.Ordinal))
        {
            decisions.Events.Add(new AssetMoved { Timestamp = at, AssetId = asset.Id, Site = site ?? old?.Site, Evidence = location.Evidence, From = old, To = location });
        }

        return true;
    }
}

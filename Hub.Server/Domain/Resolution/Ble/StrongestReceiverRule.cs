using TrackHub.Domain.Assets;
using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Shared.Contracts;

namespace TrackHub.Domain.Resolution.Ble;

/// <summary>
/// A beacon's asset is in the zone of the receiver that hears it best, with hysteresis: it moves to another zone only
/// when that zone's receiver is stronger than the current zone's by the margin, or the current zone has not heard it
/// within the window. A beacon seen on site after a gate checked it out is evidently back on site; custody stays as
/// the gate left it (only a gate or a person changes custody).
/// </summary>
internal static class StrongestReceiverRule
{
    public static void Apply(AssetSlot slot, BleObservation sighting, ObservationRef source, SiteModel model, DecisionSet decisions)
    {
        if (model.FindReceiver(sighting.Receiver) is not { } receiver)
        {
            return; // not placed anywhere: it cannot say where the asset is
        }

        var rules = model.Rules;
        var window = TimeSpan.FromSeconds(rules.BleWindowSeconds);
        var at = sighting.Timestamp;
        var sightings = slot.Sightings ??= new BleSightings();
        sightings.Record(receiver.Id, receiver.Zone, sighting.Rssi, at, window);
        if (at < slot.LocationCheckedAt)
        {
            return;
        }

        var asset = slot.State;
        var current = asset.Location;
        var currentZone = current?.Site is not null ? current.Zone : null;
        if (string.Equals(currentZone, receiver.Zone, StringComparison.Ordinal))
        {
            slot.LocationCheckedAt = at; // confirms where it is
            return;
        }

        // The receivers by the gate still hear a tool as it leaves: a gate's decision stands for one window.
        if (current is { Source: LocationSources.RfidGate } && at - current.Since < window)
        {
            return;
        }

        var incumbent = currentZone is null ? null : sightings.Strongest(currentZone, at, window);
        var challenger = sightings.Strongest(receiver.Zone, at, window) ?? sighting.Rssi;
        if (incumbent is { } held && challenger - held <= rules.BleMarginDb)
        {
            return;
        }

        var location = new AssetLocation { Site = receiver.Site, Zone = receiver.Zone, Since = at, Source = LocationSources.Ble, Evidence = [source] };
        slot.State = asset with { Location = location };
        slot.LocationCheckedAt = at;
        decisions.ChangedAssets.Add(asset.Id);
        decisions.Events.Add(new AssetMoved { Timestamp = at, AssetId = asset.Id, Site = receiver.Site, Evidence = location.Evidence, From = current, To = location });
    }
}

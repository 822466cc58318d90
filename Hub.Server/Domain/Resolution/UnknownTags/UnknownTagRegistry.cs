using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Shared.Contracts;

namespace TrackHub.Domain.Resolution.UnknownTags;

/// <summary>
/// Tags and beacons nobody owns, with where and when they were seen, so a person can assign them. Every read of one
/// updates it (one small record per read, no event); the first read ever raises <c>UnknownTagSeen</c>.
/// </summary>
internal sealed class UnknownTagRegistry
{
    private readonly Dictionary<string, UnknownTag> _tags = new(StringComparer.Ordinal);

    public IReadOnlyCollection<UnknownTag> All => _tags.Values;

    public UnknownTag? Find(string key) => _tags.GetValueOrDefault(key);

    public void Seen(Observation observation, ObservationRef source, SiteModel model, DecisionSet decisions)
    {
        var key = observation.TagKey;
        var at = observation.Timestamp;
        var where = Where(observation, model);
        if (!_tags.TryGetValue(key, out var tag))
        {
            tag = new UnknownTag
            {
                Key = key,
                Kind = TagKeys.KindOf(key) ?? "device",
                FirstSeen = at,
                LastSeen = at,
                Gateway = source.Gateway,
                SeenBy = where.SeenBy,
                Site = where.Site,
                Zone = where.Zone,
                Lat = where.Lat,
                Lon = where.Lon,
            };
            decisions.Events.Add(new UnknownTagSeen { Timestamp = at, Site = where.Site, Evidence = [source], Tag = tag });
        }
        else if (at >= tag.LastSeen)
        {
            tag = tag with
            {
                LastSeen = at,
                Count = tag.Count + 1,
                Gateway = source.Gateway,
                SeenBy = where.SeenBy,
                Site = where.Site,
                Zone = where.Zone,
                Lat = where.Lat,
                Lon = where.Lon,
            };
        }
        else
        {
            // A late read counts, but does not move where the tag was last seen.
            tag = tag with { Count = tag.Count + 1, FirstSeen = at < tag.FirstSeen ? at : tag.FirstSeen };
        }

        _tags[key] = tag;
        decisions.ChangedUnknownTags[key] = tag;
    }

    public void Restore(UnknownTag tag) => _tags[tag.Key] = tag;

    /// <summary>Drops the tags the new model gives an owner to.</summary>
    public void RemoveOwned(SiteModel model, DecisionSet decisions)
    {
        foreach (var key in _tags.Keys.ToArray())
        {
            if (model.FindTagOwner(key) is not null)
            {
                _tags.Remove(key);
                decisions.ChangedUnknownTags.Remove(key);
                decisions.RemovedUnknownTags.Add(key);
            }
        }
    }

    private static (string? SeenBy, string? Site, string? Zone, double? Lat, double? Lon) Where(Observation observation, SiteModel model)
    {
        switch (observation)
        {
            case RfidObservation rfid:
                var reader = model.FindReader(rfid.Reader);
                return (rfid.Reader, reader?.Site, reader?.Zone, null, null);
            case BleObservation ble:
                var receiver = model.FindReceiver(ble.Receiver);
                return (ble.Receiver, receiver?.Site, receiver?.Zone, null, null);
            case GpsObservation gps:
                return (gps.Device, model.SiteAt(gps.Latitude, gps.Longitude), null, gps.Latitude, gps.Longitude);
            case EngineObservation engine:
                return (engine.Device, null, null, null, null);
            case IoObservation io:
                return (io.Device, null, null, null, null);
            default:
                return (null, null, null, null, null);
        }
    }
}

using TrackHub.Shared.Configuration;
using TrackHub.Shared.Contracts;

namespace TrackHub.LoadGen.Traffic;

/// <summary>
/// What a site's configuration lets a simulated gateway see: the gate readers' antennas and the EPCs of assets, the
/// BLE receivers and the beacons of assets, and the GPS devices of vehicles. Every tag maps to the asset that carries
/// it, so a change on the wall screen can be traced back to the observation that caused it.
/// </summary>
public sealed class SiteTraffic
{
    private SiteTraffic(
        string siteId,
        IReadOnlyList<ReaderAntenna> antennas,
        IReadOnlyList<TaggedAsset> epcs,
        IReadOnlyList<string> receivers,
        IReadOnlyList<TaggedAsset> beacons,
        IReadOnlyList<TaggedAsset> gpsDevices,
        GeoBounds? area)
    {
        SiteId = siteId;
        Antennas = antennas;
        Epcs = epcs;
        Receivers = receivers;
        Beacons = beacons;
        GpsDevices = gpsDevices;
        Area = area;
        AssetByTag = epcs.Select(e => (Key: TagKeys.ForEpc(e.Tag), e.AssetId))
            .Concat(beacons.Select(b => (Key: b.Tag, b.AssetId)))
            .Concat(gpsDevices.Select(d => (Key: TagKeys.ForDevice(d.Tag), d.AssetId)))
            .ToDictionary(p => p.Key, p => p.AssetId, StringComparer.Ordinal);
    }

    public string SiteId { get; }

    /// <summary>Antennas of the site's gate readers (outside and inside).</summary>
    public IReadOnlyList<ReaderAntenna> Antennas { get; }

    /// <summary>EPCs (lower-case hex, no prefix) of the site's assets.</summary>
    public IReadOnlyList<TaggedAsset> Epcs { get; }

    public IReadOnlyList<string> Receivers { get; }

    /// <summary>BLE beacon ids of the site's assets.</summary>
    public IReadOnlyList<TaggedAsset> Beacons { get; }

    /// <summary>GPS device ids (without the <c>dev:</c> prefix) of the site's vehicles.</summary>
    public IReadOnlyList<TaggedAsset> GpsDevices { get; }

    /// <summary>Where GPS fixes are placed (see <see cref="GeoBounds.Of"/>); null when the site has no geofence and so no GPS traffic.</summary>
    public GeoBounds? Area { get; }

    /// <summary>The asset id each tag key belongs to.</summary>
    public IReadOnlyDictionary<string, string> AssetByTag { get; }

    /// <summary>Reads what a site offers; fails with a reason when the site is missing or has nothing to observe.</summary>
    public static SiteTraffic From(SiteDocument document, string siteId)
    {
        if (!document.Sites.Any(s => s.Id == siteId))
        {
            var known = string.Join(", ", document.Sites.Select(s => s.Id));
            throw new ArgumentException($"site '{siteId}' is not in the configuration (it has: {known})", nameof(siteId));
        }

        var readers = document.Readers.Where(r => r.Site == siteId).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var antennas = document.Gates
            .Where(g => g.Site == siteId && readers.Contains(g.Reader))
            .SelectMany(g => g.OutsideAntennas.Select(a => new ReaderAntenna(g.Reader, a, Inside: false))
                .Concat(g.InsideAntennas.Select(a => new ReaderAntenna(g.Reader, a, Inside: true))))
            .Distinct()
            .ToArray();
        var assets = document.Assets.Where(a => a.Site == siteId).ToArray();
        // Lower case, as the hub normalises what it reads, so tags match the assets the screen shows.
        var epcs = TagsOf(assets, t => t.StartsWith(TagKeys.EpcPrefix, StringComparison.Ordinal), t => t[TagKeys.EpcPrefix.Length..].ToLowerInvariant());
        var beacons = TagsOf(assets, TagKeys.IsBleId, t => t.ToLowerInvariant());
        var vehicles = assets.Where(a => a.Kind == "vehicle").ToArray();
        var area = GeoBounds.Of(document, siteId);
        var gps = area is null ? [] : TagsOf(vehicles, t => t.StartsWith(TagKeys.DevicePrefix, StringComparison.Ordinal), t => t[TagKeys.DevicePrefix.Length..]);
        var receivers = document.Receivers.Where(r => r.Site == siteId).Select(r => r.Id).ToArray();

        if (epcs.Length > 0 && antennas.Length == 0)
        {
            epcs = [];
        }

        if (beacons.Length > 0 && receivers.Length == 0)
        {
            beacons = [];
        }

        if (epcs.Length + beacons.Length + gps.Length == 0)
        {
            throw new ArgumentException($"site '{siteId}' has no asset tags that its gate readers, BLE receivers or GPS trackers could report");
        }

        return new SiteTraffic(siteId, antennas, epcs, receivers, beacons, gps, area);
    }

    private static TaggedAsset[] TagsOf(IEnumerable<AssetDefinition> assets, Func<string, bool> isKind, Func<string, string> strip) =>
        [.. assets.SelectMany(a => a.Tags.Where(isKind).Select(t => new TaggedAsset(strip(t), a.Id)))];
}

/// <summary>An antenna of a gate reader, on the gate's outside or inside.</summary>
public readonly record struct ReaderAntenna(string Reader, int Antenna, bool Inside);

public sealed record TaggedAsset(string Tag, string AssetId);

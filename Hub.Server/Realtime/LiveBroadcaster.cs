using Microsoft.AspNetCore.SignalR;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Realtime;

/// <summary>
/// Sends queued changes to each site's group. Whatever has queued up while it was sending is merged into one batch
/// per site (newest state per asset wins), so a busy hub sends fewer, larger messages instead of falling behind.
/// </summary>
public sealed class LiveBroadcaster(LiveBroadcastQueue queue, IHubContext<LiveHub> hub, TimeProvider time, ILogger<LiveBroadcaster> logger) : BackgroundService
{
    private static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Per site, the version its screens were last sent: a site's next batch covers everything since.</summary>
    private readonly Dictionary<string, long> _lastSent = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = queue.Reader;
        var pending = new List<LiveBroadcast>();
        while (await reader.WaitToReadAsync(stoppingToken))
        {
            pending.Clear();
            while (reader.TryRead(out var item))
            {
                pending.Add(item);
            }

            try
            {
                if (queue.TakeOverflow() || pending.Any(p => p.IsResync))
                {
                    await hub.Clients.All.SendAsync("resync", stoppingToken);
                }
                else
                {
                    foreach (var (site, batch) in MergePerSite(pending, _lastSent))
                    {
                        await hub.Clients.Group(LiveHub.GroupOf(site)).SendAsync("changes", batch, stoppingToken);
                    }
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A screen that missed this will see a gap in fromVersion and subscribe again; the hub goes on.
                RealtimeLog.SendFailed(logger, ex);
            }

            await Task.Delay(MinInterval, time, stoppingToken);
        }
    }

    /// <summary>
    /// One batch per site from everything queued. A site with nothing in it is skipped; its next batch then starts
    /// from the version it was last sent, so its screens see no gap.
    /// </summary>
    internal static IEnumerable<(string Site, ChangeBatch Batch)> MergePerSite(IReadOnlyList<LiveBroadcast> broadcasts, Dictionary<string, long> lastSent)
    {
        var batches = broadcasts.Where(b => b.Batch is not null).ToArray();
        if (batches.Length == 0)
        {
            yield break;
        }

        var merged = Merge(batches.Select(b => b.Batch!).ToArray());
        var assetSites = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (asset, sites) in batches.SelectMany(b => b.AssetSites))
        {
            if (!assetSites.TryGetValue(asset, out var set))
            {
                assetSites[asset] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(sites);
        }

        foreach (var site in batches.SelectMany(b => b.Sites).Distinct(StringComparer.Ordinal))
        {
            var forSite = ForSite(merged, site, assetSites);
            if (forSite.IsEmpty)
            {
                continue;
            }

            if (lastSent.TryGetValue(site, out var sent) && sent < forSite.FromVersion)
            {
                forSite = forSite with { FromVersion = sent };
            }

            lastSent[site] = forSite.Version;
            yield return (site, forSite);
        }
    }

    private static ChangeBatch Merge(IReadOnlyList<ChangeBatch> batches)
    {
        if (batches.Count == 1)
        {
            return batches[0];
        }

        var assets = new Dictionary<string, AssetView>(StringComparer.Ordinal);
        var workOrders = new Dictionary<string, WorkOrderView>(StringComparer.Ordinal);
        var gateways = new Dictionary<string, GatewayView>(StringComparer.Ordinal);
        var unknown = new Dictionary<string, UnknownTagView>(StringComparer.Ordinal);
        var removed = new HashSet<string>(StringComparer.Ordinal);
        var passages = new List<PassageView>();
        var tracks = new Dictionary<string, List<double[]>>(StringComparer.Ordinal);
        foreach (var b in batches)
        {
            foreach (var a in b.Assets)
            {
                assets[a.Id] = a;
            }

            foreach (var w in b.WorkOrders)
            {
                workOrders[w.Id] = w;
            }

            foreach (var g in b.Gateways)
            {
                gateways[g.Id] = g;
            }

            foreach (var t in b.UnknownTags)
            {
                unknown[t.Key] = t;
                removed.Remove(t.Key);
            }

            foreach (var key in b.RemovedUnknownTags)
            {
                unknown.Remove(key);
                removed.Add(key);
            }

            passages.AddRange(b.Passages);
            foreach (var (id, points) in b.TrackPoints)
            {
                if (!tracks.TryGetValue(id, out var list))
                {
                    tracks[id] = list = [];
                }

                list.AddRange(points);
            }
        }

        var last = batches[^1];
        return new ChangeBatch(
            last.Instance,
            batches[0].FromVersion,
            last.Version,
            [.. assets.Values],
            passages,
            [.. workOrders.Values],
            [.. gateways.Values],
            [.. unknown.Values],
            [.. removed],
            tracks.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<double[]>)kv.Value, StringComparer.Ordinal));
    }

    private static ChangeBatch ForSite(ChangeBatch batch, string site, Dictionary<string, HashSet<string>> assetSites) => batch with
    {
        Assets = [.. batch.Assets.Where(a => assetSites.TryGetValue(a.Id, out var sites) ? sites.Contains(site) : SiteFilter.Shows(a, site))],
        Passages = [.. batch.Passages.Where(p => p.Site == site)],
        TrackPoints = batch.TrackPoints
            .Where(kv => !assetSites.TryGetValue(kv.Key, out var sites) || sites.Contains(site))
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
    };
}

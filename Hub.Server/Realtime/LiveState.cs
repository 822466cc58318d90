using TrackHub.Domain.Model;
using TrackHub.Hub.Persistence;
using TrackHub.Hub.Pipeline;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Realtime;

/// <summary>
/// The read model behind wall screens: views of what the pipeline has stored, kept under one lock with a version that
/// rises with every change. A subscriber joins its site's group before taking a snapshot, so it misses nothing, and
/// drops changes whose version the snapshot already covers.
/// </summary>
public sealed class LiveState : IPipelineObserver
{
    public const int MaxPassages = 50;
    public const int MaxTrackPoints = 500;

    private readonly Lock _lock = new();
    private readonly LiveBroadcastQueue _queue;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, AssetView> _assets = new(StringComparer.Ordinal);
    private readonly LinkedList<PassageView> _passages = new();
    private readonly Dictionary<string, WorkOrderView> _workOrders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GatewayRecord> _gateways = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GatewayStreamState> _streams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnknownTagView> _unknownTags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<double[]>> _tracks = new(StringComparer.Ordinal);
    private SiteLayout? _layout;
    private long _version;

    public LiveState(LiveBroadcastQueue queue, TimeProvider time)
    {
        _queue = queue;
        _time = time;
    }

    /// <summary>Changes with the hub process: a client that sees a new instance takes a new snapshot.</summary>
    public string Instance { get; } = Guid.NewGuid().ToString("n");

    public IReadOnlyList<string> SiteIds
    {
        get
        {
            lock (_lock)
            {
                return _layout?.SiteIds ?? [];
            }
        }
    }

    public void OnStarted(PipelineStartState state)
    {
        lock (_lock)
        {
            _layout = new SiteLayout(state.Model);
            foreach (var asset in state.Assets)
            {
                _assets[asset.Id] = AssetView.From(asset);
                AddTrackPoint(asset);
            }

            foreach (var passage in state.Passages.Take(MaxPassages))
            {
                _passages.AddLast(_layout.Passage(passage));
            }

            foreach (var w in state.WorkOrders)
            {
                _workOrders[w.Id] = _layout.WorkOrder(w);
            }

            foreach (var t in state.UnknownTags)
            {
                _unknownTags[t.Key] = UnknownTagView.From(t);
            }

            foreach (var g in state.Gateways)
            {
                _gateways[g.Id] = g;
            }

            foreach (var s in state.Streams)
            {
                KeepLatestStream(s);
            }
        }
    }

    public void OnCommitted(CommittedChanges changes)
    {
        lock (_lock)
        {
            if (changes.Model is { } model)
            {
                _layout = new SiteLayout(model);
            }

            var layout = _layout!;
            var assets = new List<AssetView>(changes.Assets.Count);
            var assetSites = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            var trackPoints = new Dictionary<string, IReadOnlyList<double[]>>(StringComparer.Ordinal);
            foreach (var asset in changes.Assets)
            {
                var view = AssetView.From(asset);
                var before = _assets.GetValueOrDefault(asset.Id);
                assetSites[asset.Id] = [.. layout.SiteIds.Where(site => SiteFilter.Shows(view, site) || (before is not null && SiteFilter.Shows(before, site)))];
                _assets[asset.Id] = view;
                assets.Add(view);
                if (AddTrackPoint(asset) is { } point)
                {
                    trackPoints[asset.Id] = [point];
                }
            }

            foreach (var id in changes.RemovedAssets)
            {
                _assets.Remove(id);
                _tracks.Remove(id);
            }

            var passages = changes.Passages.Select(layout.Passage).ToArray();
            foreach (var p in passages.OrderBy(p => p.Ended))
            {
                _passages.AddFirst(p);
                if (_passages.Count > MaxPassages)
                {
                    _passages.RemoveLast();
                }
            }

            var workOrders = changes.WorkOrders.Select(layout.WorkOrder).ToArray();
            foreach (var w in workOrders)
            {
                _workOrders[w.Id] = w;
            }

            var unknown = changes.UnknownTags.Select(UnknownTagView.From).ToArray();
            foreach (var t in unknown)
            {
                _unknownTags[t.Key] = t;
            }

            foreach (var key in changes.RemovedUnknownTags)
            {
                _unknownTags.Remove(key);
            }

            foreach (var g in changes.Gateways)
            {
                _gateways[g.Id] = g;
            }

            foreach (var s in changes.Streams)
            {
                KeepLatestStream(s);
            }

            var gatewayIds = changes.Gateways.Select(g => g.Id).Concat(changes.Streams.Select(s => s.Gateway)).Distinct(StringComparer.Ordinal);
            var gateways = gatewayIds.Select(GatewayViewOf).ToArray();
            _version++;
            var batch = new ChangeBatch(Instance, _version - 1, _version, assets, passages, workOrders, gateways, unknown, changes.RemovedUnknownTags, trackPoints);
            _queue.Enqueue(changes.Model is not null ? LiveBroadcast.Resync() : LiveBroadcast.Changes(batch, layout.SiteIds, assetSites));
        }
    }

    /// <summary>The current state of a site for a new subscriber; null when the site is not configured.</summary>
    public SiteSnapshot? Snapshot(string siteId)
    {
        lock (_lock)
        {
            if (_layout?.Site(siteId) is not { } site)
            {
                return null;
            }

            return new SiteSnapshot(
                Instance,
                _version,
                _time.GetUtcNow(),
                site,
                [.. _assets.Values.Where(a => SiteFilter.Shows(a, siteId))],
                [.. _passages.Where(p => p.Site == siteId)],
                [.. _workOrders.Values],
                [.. _gateways.Keys.Select(GatewayViewOf)],
                [.. _unknownTags.Values],
                _tracks
                    .Where(kv => _assets.TryGetValue(kv.Key, out var a) && SiteFilter.Shows(a, siteId))
                    .ToDictionary(kv => kv.Key, kv => (IReadOnlyList<double[]>)kv.Value.ToArray(), StringComparer.Ordinal));
        }
    }

    private double[]? AddTrackPoint(AssetState asset)
    {
        if (asset.Location is not { Lat: { } lat, Lon: { } lon } || asset.LastSeen is not { } seen)
        {
            return null;
        }

        if (!_tracks.TryGetValue(asset.Id, out var track))
        {
            track = [];
            _tracks[asset.Id] = track;
        }

        var millis = seen.ToUnixTimeMilliseconds();
        if (track.Count > 0 && track[^1][2] >= millis)
        {
            return null; // a late fix never rewrites the drawn track
        }

        double[] point = [lon, lat, millis];
        track.Add(point);
        if (track.Count > MaxTrackPoints)
        {
            track.RemoveRange(0, track.Count - MaxTrackPoints);
        }

        return point;
    }

    private void KeepLatestStream(GatewayStreamState s)
    {
        if (!_streams.TryGetValue(s.Gateway, out var known) || known.Epoch <= s.Epoch)
        {
            _streams[s.Gateway] = s;
        }
    }

    private GatewayView GatewayViewOf(string id)
    {
        var g = _gateways.GetValueOrDefault(id) ?? new GatewayRecord { Id = id };
        var stream = _streams.GetValueOrDefault(id);
        var acked = stream is not null && stream.Epoch == (g.Epoch ?? stream.Epoch) ? stream.Watermark : (long?)null;
        return new GatewayView(g.Id, g.Online, g.LastSeen, g.SoftwareVersion, g.Started, g.Sources, g.Epoch, g.LastSeq, acked, stream?.Gaps ?? 0);
    }
}

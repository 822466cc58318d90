using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TrackHub.LoadGen.Measurement;

namespace TrackHub.LoadGen.Live;

/// <summary>
/// A wall screen, for real: a SignalR client on <c>/hubs/live</c> that subscribes to one site, keeps the snapshot's
/// version, and hands every asset of every newer <c>changes</c> message to the <see cref="ScreenLatencyTracker"/>.
/// On <c>resync</c> or a gap in versions it subscribes again, as docs/realtime.md asks, and treats the new snapshot
/// as a change.
/// </summary>
public sealed class LiveWatcher : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly string _site;
    private readonly ScreenLatencyTracker _tracker;
    private readonly TimeProvider _time;
    private readonly ErrorLog _errors;
    private readonly Lock _lock = new();
    private readonly List<(LiveChanges Changes, DateTimeOffset Arrival)> _early = [];
    private string? _instance;
    private long _version = -1;
    private bool _subscribed;
    private long _messages;
    private long _assetUpdates;
    private long _resyncs;

    public LiveWatcher(Uri hub, string site, ScreenLatencyTracker tracker, TimeProvider time, ErrorLog errors)
    {
        _site = site;
        _tracker = tracker;
        _time = time;
        _errors = errors;
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(hub, "hubs/live"))
            .AddJsonProtocol(o => o.PayloadSerializerOptions.TypeInfoResolverChain.Insert(0, LiveJsonContext.Default))
            .Build();
        _connection.On<LiveChanges>("changes", OnChanges);
        _connection.On("resync", OnResync);
        _connection.Closed += ex =>
        {
            if (ex is not null)
            {
                _errors.Add("live", $"the SignalR connection closed: {ex.Message}");
            }

            return Task.CompletedTask;
        };
    }

    public long Messages => Interlocked.Read(ref _messages);

    public long AssetUpdates => Interlocked.Read(ref _assetUpdates);

    public long Resyncs => Interlocked.Read(ref _resyncs);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _connection.StartAsync(cancellationToken);
        await SubscribeAsync(asChange: false, cancellationToken);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private async Task SubscribeAsync(bool asChange, CancellationToken cancellationToken)
    {
        var snapshot = await _connection.InvokeAsync<LiveSnapshot>("Subscribe", _site, cancellationToken);
        var arrival = _time.GetUtcNow();
        lock (_lock)
        {
            _instance = snapshot.Instance;
            _version = snapshot.Version;
            _subscribed = true;
            if (asChange)
            {
                Show(snapshot.Assets, arrival);
            }

            // Changes that overtook the snapshot: those it already covers are dropped by their version.
            foreach (var (changes, at) in _early)
            {
                if (!_subscribed)
                {
                    break; // a gap among them: the next snapshot, taken after all of these arrived, covers them
                }

                Apply(changes, at);
            }

            _early.Clear();
        }
    }

    private void OnChanges(LiveChanges changes)
    {
        var arrival = _time.GetUtcNow();
        Interlocked.Increment(ref _messages);
        lock (_lock)
        {
            if (!_subscribed)
            {
                _early.Add((changes, arrival));
                return;
            }

            Apply(changes, arrival);
        }
    }

    private void Apply(LiveChanges changes, DateTimeOffset arrival)
    {
        if (changes.Instance != _instance)
        {
            _errors.Add("live", $"changes from hub instance {changes.Instance} while subscribed to {_instance}: the hub restarted");
            return;
        }

        if (changes.Version <= _version)
        {
            return;
        }

        if (changes.FromVersion > _version)
        {
            // docs/realtime.md: a batch that starts after our version means changes were missed; subscribe again.
            _errors.Add("live", "a change batch skipped versions; subscribed again");
            Resubscribe();
            return;
        }

        _version = changes.Version;
        Show(changes.Assets, arrival);
    }

    private void Show(IReadOnlyList<LiveAsset> assets, DateTimeOffset arrival)
    {
        foreach (var asset in assets)
        {
            if (asset.LastSeen is { } lastSeen)
            {
                _tracker.Shown(asset.Id, lastSeen, arrival);
            }
        }

        Interlocked.Add(ref _assetUpdates, assets.Count);
    }

    private void OnResync()
    {
        Interlocked.Increment(ref _resyncs);
        _errors.Add("live", "the hub sent 'resync' (it dropped changes for this slow client)");
        lock (_lock)
        {
            Resubscribe();
        }
    }

    /// <summary>Called under the lock; changes are held back until the new snapshot is in.</summary>
    private void Resubscribe()
    {
        if (_subscribed)
        {
            _subscribed = false;
            _ = ResubscribeAsync();
        }
    }

    private async Task ResubscribeAsync()
    {
        try
        {
            await SubscribeAsync(asChange: true, CancellationToken.None);
        }
        catch (Exception ex)
        {
            _errors.Add("live", $"Subscribe after resync failed: {ex.Message}");
        }
    }
}

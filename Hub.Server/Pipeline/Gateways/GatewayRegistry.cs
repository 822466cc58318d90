using TrackHub.Domain.Events;
using TrackHub.Hub.Persistence;
using TrackHub.Shared.Contracts;

namespace TrackHub.Hub.Pipeline.Gateways;

/// <summary>
/// What the hub knows of each gateway: online/offline from its retained status and last will, software version,
/// sources, and the epoch/seq of its latest batch. Owned by the pipeline (single writer).
/// </summary>
public sealed class GatewayRegistry
{
    private readonly Dictionary<string, GatewayRecord> _gateways = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dirty = new(StringComparer.Ordinal);

    public IReadOnlyCollection<GatewayRecord> All => _gateways.Values;

    public void Restore(IEnumerable<GatewayRecord> gateways)
    {
        foreach (var g in gateways)
        {
            _gateways[g.Id] = g;
        }
    }

    /// <summary>Applies a status message; returns the online/offline event when the state changed.</summary>
    public DomainEvent? ApplyStatus(GatewayStatus status, DateTimeOffset receivedAt, string? site)
    {
        var previous = Get(status.Gateway);
        var changed = previous.Online != status.Online || previous.StatusChangedAt is null;
        _gateways[status.Gateway] = previous with
        {
            Online = status.Online,
            LastSeen = receivedAt,
            StatusChangedAt = changed ? receivedAt : previous.StatusChangedAt,
            SoftwareVersion = status.SoftwareVersion ?? previous.SoftwareVersion,
            Started = status.Started ?? previous.Started,
            Sources = status.Sources ?? previous.Sources,
            Epoch = status.Epoch,
        };
        _dirty.Add(status.Gateway);
        if (!changed)
        {
            return null;
        }

        return status.Online
            ? new GatewayWentOnline { Timestamp = receivedAt, Site = site, Gateway = status.Gateway, SoftwareVersion = status.SoftwareVersion }
            : new GatewayWentOffline { Timestamp = receivedAt, Site = site, Gateway = status.Gateway };
    }

    /// <summary>A batch arrived: the gateway is evidently talking to us.</summary>
    public void ApplyBatch(string gateway, long epoch, long seq, DateTimeOffset receivedAt)
    {
        var previous = Get(gateway);
        var lastSeq = previous.Epoch == epoch && previous.LastSeq is { } s ? Math.Max(s, seq) : seq;

        // A gateway that never sends a status (a third-party one) is online as long as it sends batches.
        var online = previous.StatusChangedAt is null || previous.Online;
        _gateways[gateway] = previous with { LastSeen = receivedAt, Epoch = epoch, LastSeq = lastSeq, Online = online };
        _dirty.Add(gateway);
    }

    public IReadOnlyList<GatewayRecord> TakeChanged()
    {
        if (_dirty.Count == 0)
        {
            return [];
        }

        var changed = _dirty.Select(id => _gateways[id]).ToArray();
        _dirty.Clear();
        return changed;
    }

    private GatewayRecord Get(string id) => _gateways.TryGetValue(id, out var g) ? g : new GatewayRecord { Id = id };
}

using TrackHub.Domain.Model;
using TrackHub.Shared.Contracts;

namespace TrackHub.Domain;

/// <summary>
/// The hub's decisions, in one place: applies observations in event time to the configured site model and records
/// what changed in a <see cref="DecisionSet"/>. Single-threaded by design: the ingest pipeline is its only caller.
/// </summary>
public sealed class TrackingEngine
{
    public TrackingEngine(SiteModel model)
    {
        Model = model;
        throw new NotImplementedException("domain helper: implement");
    }

    public SiteModel Model { get; private set; }

    /// <summary>Newest event time applied so far (the event clock), or null before the first observation.</summary>
    public DateTimeOffset? EventClock { get; private set; }

    public IReadOnlyCollection<AssetState> Assets => throw new NotImplementedException();

    public IReadOnlyCollection<UnknownTag> UnknownTags => throw new NotImplementedException();

    public IReadOnlyCollection<WorkOrder> OpenWorkOrders => throw new NotImplementedException();

    /// <summary>The most recent completed gate passages, newest first.</summary>
    public IReadOnlyList<GatePassage> RecentPassages => throw new NotImplementedException();

    public AssetState? FindAsset(string id) => throw new NotImplementedException();

    /// <summary>Restores state loaded from storage at start; assets not in the model are ignored.</summary>
    public void Restore(IEnumerable<AssetState> assets, IEnumerable<UnknownTag> unknownTags, IEnumerable<WorkOrder> openWorkOrders, IEnumerable<GatePassage> recentPassages) =>
        throw new NotImplementedException();

    /// <summary>Switches to a new configuration, keeping the state of assets that remain.</summary>
    public void Reconfigure(SiteModel model, DateTimeOffset now, DecisionSet decisions) => throw new NotImplementedException();

    /// <summary>Applies one valid observation.</summary>
    public void Apply(Observation observation, ObservationRef source, DecisionSet decisions) => throw new NotImplementedException();

    /// <summary>Moves the event clock to <paramref name="now"/> and makes the decisions that waited for time to pass.</summary>
    public void Advance(DateTimeOffset now, DecisionSet decisions) => throw new NotImplementedException();
}

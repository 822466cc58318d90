using TrackHub.Domain.Assets;
using TrackHub.Domain.Configuration;
using TrackHub.Domain.Events;
using TrackHub.Domain.Maintenance;
using TrackHub.Domain.Model;
using TrackHub.Domain.Resolution.Ble;
using TrackHub.Domain.Resolution.Gates;
using TrackHub.Domain.Resolution.Geofences;
using TrackHub.Domain.Resolution.Gps;
using TrackHub.Domain.Resolution.UnknownTags;
using TrackHub.Domain.RunHours;
using TrackHub.Shared.Contracts;

namespace TrackHub.Domain;

/// <summary>
/// The hub's decisions, in one place: applies observations in event time to the configured site model and records
/// what changed in a <see cref="DecisionSet"/>. Single-threaded by design: the ingest pipeline is its only caller.
/// Collections it returns are snapshots, safe to hand to other threads.
/// </summary>
public sealed partial class TrackingEngine
{
    private const int RecentPassageLimit = 50;

    private readonly WorkOrderBook _workOrders = new();
    private readonly UnknownTagRegistry _unknownTags = new();
    private readonly GateDirectionRule _gateDirections = new();
    private readonly PassageAssembler _passages = new();
    private readonly List<OpenPassage> _completed = [];
    private readonly List<GatePassage> _recentPassages = [];
    private AssetCatalog _assets;
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    public TrackingEngine(SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        _assets = new AssetCatalog(model, _workOrders);
    }

    public SiteModel Model { get; private set; }

    /// <summary>Newest event time applied so far (the event clock), or null before the first observation.</summary>
    public DateTimeOffset? EventClock { get; private set; }

    public IReadOnlyCollection<AssetState> Assets => _assets.Snapshot();

    public IReadOnlyCollection<UnknownTag> UnknownTags => [.. _unknownTags.All];

    public IReadOnlyCollection<WorkOrder> OpenWorkOrders => [.. _workOrders.Open];

    /// <summary>The most recent completed gate passages, newest first.</summary>
    public IReadOnlyList<GatePassage> RecentPassages => [.. _recentPassages];

    /// <summary>Event time at which <see cref="Advance"/> has a decision to make (a passage to complete), or null.</summary>
    public DateTimeOffset? NextDecisionAt => _passages.NextDeadline(GroupWindow);

    /// <summary>Gate passages still collecting crossings.</summary>
    public int OpenPassageCount => _passages.OpenCount;

    /// <summary>
    /// Rises whenever the in-flight state that <see cref="Checkpoint"/> holds changes (not when only time passes):
    /// while it stays the same, the last checkpoint taken still holds everything that matters.
    /// </summary>
    public long InFlightVersion { get; private set; }

    private TimeSpan GroupWindow => TimeSpan.FromSeconds(Model.Rules.GateGroupSeconds);

    private TimeSpan GateWindow => TimeSpan.FromSeconds(Model.Rules.GateWindowSeconds);

    public AssetState? FindAsset(string id) => _assets.Find(id)?.State;

    public UnknownTag? FindUnknownTag(string key) => _unknownTags.Find(key);

    public WorkOrder? FindWorkOrder(string id) => _workOrders.Find(id);

    /// <summary>The asset's recent GPS points (at most 500), oldest first; empty when it has none.</summary>
    public IReadOnlyList<(double Lon, double Lat, DateTimeOffset Ts)> RecentTrack(string assetId) =>
        _assets.Find(assetId)?.Track?.ToArray() ?? [];

    /// <summary>Restores state loaded from storage at start; assets not in the model are ignored.</summary>
    public void Restore(IEnumerable<AssetState> assets, IEnumerable<UnknownTag> unknownTags, IEnumerable<WorkOrder> openWorkOrders, IEnumerable<GatePassage> recentPassages)
    {
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(unknownTags);
        ArgumentNullException.ThrowIfNull(openWorkOrders);
        ArgumentNullException.ThrowIfNull(recentPassages);
        foreach (var order in openWorkOrders)
        {
            _workOrders.Add(order);
        }

        foreach (var asset in assets)
        {
            _assets.Restore(asset, Model, _workOrders);
            MoveClock(asset.LastSeen);
        }

        foreach (var tag in unknownTags)
        {
            if (Model.FindTagOwner(tag.Key) is null)
            {
                _unknownTags.Restore(tag);
                MoveClock(tag.LastSeen);
            }
        }

        _recentPassages.Clear();
        _recentPassages.AddRange(recentPassages.OrderByDescending(p => p.Ended).Take(RecentPassageLimit));
        InFlightVersion++;
    }

    /// <summary>
    /// Switches to a new configuration, keeping the state of assets that remain. Passages still open are completed
    /// as they stand (they were assembled against the old gates); <paramref name="now"/> stamps the events it writes.
    /// </summary>
    public void Reconfigure(SiteModel model, DateTimeOffset now, DecisionSet decisions)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(decisions);
        _completed.Clear();
        _passages.CompleteAll(_completed);
        CompletePassages(decisions);
        _gateDirections.Clear();
        InFlightVersion++;

        var previous = Model;
        Model = model;
        _assets.Reconfigure(model, _workOrders, decisions);
        TagAssignments.Record(previous, model, now, decisions);
        _unknownTags.RemoveOwned(model, decisions);
        foreach (var slot in _assets.Slots)
        {
            HourPlanRule.Evaluate(slot, now, model, _workOrders, decisions);
        }
    }

    /// <summary>Applies one valid observation.</summary>
    public void Apply(Observation observation, ObservationRef source, DecisionSet decisions)
    {
        var at = observation.Timestamp;
        MoveClock(at);
        var owner = Model.Resolve(observation);
        var slot = owner is { Kind: TagOwnerKind.Asset } ? _assets.Find(owner.Id) : null;
        if (owner is null)
        {
            _unknownTags.Seen(observation, source, Model, decisions);
        }
        else if (slot is not null && slot.Seen(at))
        {
            decisions.ChangedAssets.Add(slot.Id);
        }

        switch (observation)
        {
            case RfidObservation read:
                ReadAtGate(read, owner, source, decisions);
                break;
            case BleObservation sighting when slot is not null:
                StrongestReceiverRule.Apply(slot, sighting, source, Model, decisions);
                InFlightVersion++;
                break;
            case GpsObservation fix when slot is not null:
                if (GpsPositionRule.Apply(slot, fix, source, Model, decisions))
                {
                    GeofenceRule.Apply(slot, fix, source, Model, decisions);
                }

                break;
            case EngineObservation or IoObservation when slot is not null:
                var (recordedAt, suspect) = (slot.RunHoursRecordedAt, slot.SuspectCounter);
                if (RunHoursRule.Apply(slot, observation, Model, decisions))
                {
                    HourPlanRule.Evaluate(slot, at, Model, _workOrders, decisions);
                }

                if (slot.RunHoursRecordedAt != recordedAt || slot.SuspectCounter != suspect)
                {
                    InFlightVersion++;
                }

                break;
        }
    }

    /// <summary>Moves the event clock to <paramref name="now"/> and makes the decisions that waited for time to pass.</summary>
    public void Advance(DateTimeOffset now, DecisionSet decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        MoveClock(now);
        var clock = EventClock!.Value;
        if (_passages.OpenCount > 0)
        {
            _completed.Clear();
            _passages.CompleteDue(clock, GroupWindow, gateId: null, _completed);
            CompletePassages(decisions);
        }

        // Tags read on one side only never make a crossing; forget them once they cannot any more.
        if (clock - _lastSweep > GateWindow)
        {
            _gateDirections.Sweep(clock, GateWindow);
            _lastSweep = clock;
        }
    }

    private void ReadAtGate(RfidObservation read, TagOwner? owner, ObservationRef source, DecisionSet decisions)
    {
        if (Model.GateSideOf(read.Reader, read.Antenna) is not { } side)
        {
            return;
        }

        InFlightVersion++; // the read joins the tag's track at this gate

        // A read after a passage's group window proves that passage closed.
        if (_passages.OpenCount > 0)
        {
            _completed.Clear();
            _passages.CompleteDue(read.Timestamp, GroupWindow, side.Gate.Id, _completed);
            CompletePassages(decisions);
        }

        if (_gateDirections.Read(side, read, source, GateWindow) is { } crossing)
        {
            _passages.Add(crossing, owner, owner is null ? read.TagKey : string.Empty, GroupWindow);
        }
    }

    private void CompletePassages(DecisionSet decisions)
    {
        if (_completed.Count > 0)
        {
            InFlightVersion++;
        }

        foreach (var open in _completed)
        {
            var passage = open.ToPassage();
            decisions.Passages.Add(passage);
            decisions.Events.Add(new GatePassed { Timestamp = passage.Ended, Site = passage.Site, Evidence = passage.Evidence, Passage = passage });
            GateCustodyRule.Apply(open, passage, Model, _assets, decisions);
            _recentPassages.Insert(0, passage);
            if (_recentPassages.Count > RecentPassageLimit)
            {
                _recentPassages.RemoveAt(_recentPassages.Count - 1);
            }
        }

        _completed.Clear();
    }

    private void MoveClock(DateTimeOffset? at)
    {
        if (at is { } t && (EventClock is null || t > EventClock))
        {
            EventClock = t;
        }
    }
}

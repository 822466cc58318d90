using TrackHub.Domain.Events;
using TrackHub.Domain.Model;

namespace TrackHub.Domain;

/// <summary>
/// What the engine decided while applying observations or advancing its clock: the events to append, and which
/// assets, unknown tags, work orders and passages changed (to persist and to push to wall screens). The pipeline
/// owns one, hands it to the engine for a group of batches, stores it, publishes it, and clears it.
/// </summary>
public sealed class DecisionSet
{
    public List<DomainEvent> Events { get; } = [];

    public HashSet<string> ChangedAssets { get; } = new(StringComparer.Ordinal);

    /// <summary>Unknown tags added or updated, by key (latest state).</summary>
    public Dictionary<string, UnknownTag> ChangedUnknownTags { get; } = new(StringComparer.Ordinal);

    /// <summary>Unknown tags that are now owned (assigned to an asset or person) and leave the list.</summary>
    public HashSet<string> RemovedUnknownTags { get; } = new(StringComparer.Ordinal);

    /// <summary>Assets no longer in the configuration (after a reconfiguration); their history is kept.</summary>
    public HashSet<string> RemovedAssets { get; } = new(StringComparer.Ordinal);

    /// <summary>Work orders raised or changed, by id (latest state).</summary>
    public Dictionary<string, WorkOrder> ChangedWorkOrders { get; } = new(StringComparer.Ordinal);

    /// <summary>Gate passages completed.</summary>
    public List<GatePassage> Passages { get; } = [];

    public bool IsEmpty =>
        Events.Count == 0 && ChangedAssets.Count == 0 && ChangedUnknownTags.Count == 0 && RemovedUnknownTags.Count == 0
        && RemovedAssets.Count == 0 && ChangedWorkOrders.Count == 0 && Passages.Count == 0;

    public void Clear()
    {
        Events.Clear();
        ChangedAssets.Clear();
        ChangedUnknownTags.Clear();
        RemovedUnknownTags.Clear();
        RemovedAssets.Clear();
        ChangedWorkOrders.Clear();
        Passages.Clear();
    }
}

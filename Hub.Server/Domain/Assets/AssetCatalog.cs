using TrackHub.Domain.Maintenance;
using TrackHub.Domain.Model;
using TrackHub.Shared.Configuration;

namespace TrackHub.Domain.Assets;

/// <summary>Every configured asset's slot, by id, kept in step with the configuration.</summary>
internal sealed class AssetCatalog
{
    private Dictionary<string, AssetSlot> _slots = new(StringComparer.Ordinal);

    public AssetCatalog(SiteModel model, WorkOrderBook workOrders)
    {
        foreach (var definition in model.Assets)
        {
            _slots.Add(definition.Id, new AssetSlot(definition, Fresh(definition, model, workOrders)));
        }
    }

    public IEnumerable<AssetSlot> Slots => _slots.Values;

    public AssetSlot? Find(string id) => _slots.GetValueOrDefault(id);

    public AssetState[] Snapshot()
    {
        var states = new AssetState[_slots.Count];
        var i = 0;
        foreach (var slot in _slots.Values)
        {
            states[i++] = slot.State;
        }

        return states;
    }

    /// <summary>Takes a stored state for an asset the model still has; what the configuration says (name, tags, plans) wins.</summary>
    public void Restore(AssetState stored, SiteModel model, WorkOrderBook workOrders)
    {
        if (_slots.TryGetValue(stored.Id, out var slot))
        {
            _slots[stored.Id] = new AssetSlot(slot.Definition, WithDefinition(stored, slot.Definition, model, workOrders));
        }
    }

    /// <summary>Keeps the state of assets that remain, adds new ones, and reports those removed.</summary>
    public void Reconfigure(SiteModel model, WorkOrderBook workOrders, DecisionSet decisions)
    {
        var next = new Dictionary<string, AssetSlot>(StringComparer.Ordinal);
        foreach (var definition in model.Assets)
        {
            if (_slots.TryGetValue(definition.Id, out var slot))
            {
                var updated = WithDefinition(slot.State, definition, model, workOrders);
                if (!SameConfiguration(updated, slot.State))
                {
                    slot.State = updated;
                    decisions.ChangedAssets.Add(definition.Id);
                }

                slot.Definition = definition;
            }
            else
            {
                slot = new AssetSlot(definition, Fresh(definition, model, workOrders));
                decisions.ChangedAssets.Add(definition.Id);
            }

            next.Add(definition.Id, slot);
        }

        foreach (var id in _slots.Keys)
        {
            if (!next.ContainsKey(id))
            {
                decisions.ChangedAssets.Remove(id);
                decisions.RemovedAssets.Add(id);
            }
        }

        _slots = next;
    }

    private static AssetState Fresh(AssetDefinition definition, SiteModel model, WorkOrderBook workOrders) =>
        WithDefinition(new AssetState { Id = definition.Id, Name = definition.Name, Category = definition.Category, Kind = definition.Kind, Tags = definition.Tags }, definition, model, workOrders);

    private static AssetState WithDefinition(AssetState state, AssetDefinition definition, SiteModel model, WorkOrderBook workOrders) => state with
    {
        Name = definition.Name,
        Category = definition.Category,
        Kind = definition.Kind,
        Tags = definition.Tags ?? [],
        HomeSite = definition.Site,
        Maintenance = MaintenanceStates.Reconcile(state.Maintenance ?? [], model.PlansFor(definition.Id), workOrders, definition.Id),
        InsideGeofences = (state.InsideGeofences ?? []).Where(id => model.Geofences.Any(g => g.Id == id)).ToArray(),
    };

    private static bool SameConfiguration(AssetState a, AssetState b) =>
        a.Name == b.Name && a.Category == b.Category && a.Kind == b.Kind && a.HomeSite == b.HomeSite
        && a.Tags.SequenceEqual(b.Tags) && a.Maintenance.SequenceEqual(b.Maintenance) && a.InsideGeofences.SequenceEqual(b.InsideGeofences);
}

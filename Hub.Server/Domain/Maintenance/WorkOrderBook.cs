using TrackHub.Domain.Model;

namespace TrackHub.Domain.Maintenance;

/// <summary>The open work orders, by id and by (asset, plan), so a plan never raises a second open one.</summary>
internal sealed class WorkOrderBook
{
    private readonly Dictionary<string, WorkOrder> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<(string AssetId, string PlanId), WorkOrder> _byPlan = [];

    public IReadOnlyCollection<WorkOrder> Open => _open.Values;

    public WorkOrder? Find(string id) => _open.GetValueOrDefault(id);

    public WorkOrder? OpenFor(string assetId, string planId) => _byPlan.GetValueOrDefault((assetId, planId));

    public void Add(WorkOrder order)
    {
        if (order.Status is WorkOrderStatus.Done or WorkOrderStatus.Cancelled)
        {
            return;
        }

        _open[order.Id] = order;
        if (order.PlanId is { } plan)
        {
            _byPlan[(order.AssetId, plan)] = order;
        }
    }
}

using System.Globalization;
using TrackHub.Domain.Assets;
using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Shared.Configuration;

namespace TrackHub.Domain.Maintenance;

/// <summary>
/// "Every N run hours": due at basis + N, due soon within the plan's margin, and one work order when it falls due.
/// With no service on record the basis is implied: the last multiple of N at or below the hours when first seen, so a
/// generator first seen at 249.6 h on a 250 h plan is due at 250 h, not at 499.6 h.
/// </summary>
internal static class HourPlanRule
{
    /// <summary>Hour values are sums of many small increments; compare them with this slack.</summary>
    public const double Epsilon = 1e-9;

    public static void Evaluate(AssetSlot slot, DateTimeOffset at, SiteModel model, WorkOrderBook workOrders, DecisionSet decisions)
    {
        var asset = slot.State;
        if (asset.Maintenance.Count == 0 || asset.RunHours is not { } meter)
        {
            return;
        }

        var hours = meter.Hours;
        var plans = model.PlansFor(asset.Id);
        MaintenanceState[]? changed = null;
        for (var i = 0; i < asset.Maintenance.Count; i++)
        {
            var state = asset.Maintenance[i];
            if (Find(plans, state.PlanId) is not { EveryHours: { } every } plan)
            {
                continue;
            }

            var next = Next(state, plan, every, hours);
            AddStatusChange(asset, next, at, hours, decisions, state.Status);
            if (next.Status == MaintenanceStatus.Due && next.OpenWorkOrder is null && workOrders.OpenFor(asset.Id, plan.Id) is null)
            {
                var order = Raise(asset, plan, next, at, hours);
                workOrders.Add(order);
                next = next with { OpenWorkOrder = order.Id };
                decisions.ChangedWorkOrders[order.Id] = order;
                decisions.Events.Add(new WorkOrderRaised { Timestamp = at, AssetId = asset.Id, Site = asset.Location?.Site ?? asset.HomeSite, WorkOrder = order });
            }

            if (next != state)
            {
                changed ??= [.. asset.Maintenance];
                changed[i] = next;
            }
        }

        if (changed is not null)
        {
            slot.State = asset with { Maintenance = changed };
            decisions.ChangedAssets.Add(asset.Id);
        }
    }

    private static MaintenanceState Next(MaintenanceState state, MaintenancePlanDefinition plan, double every, double hours)
    {
        var due = state.DueAtHours;
        var basis = state.BasisHours;
        if (due is null)
        {
            basis = Math.Floor((hours + Epsilon) / every) * every;
            due = basis + every;
        }

        var status = hours + Epsilon >= due.Value ? MaintenanceStatus.Due
            : hours + Epsilon >= due.Value - plan.DueSoonHours ? MaintenanceStatus.DueSoon
            : MaintenanceStatus.Ok;
        return state with { BasisHours = basis, DueAtHours = due, Status = status };
    }

    private static WorkOrder Raise(AssetState asset, MaintenancePlanDefinition plan, MaintenanceState state, DateTimeOffset at, double hours) => new()
    {
        // Deterministic, so a replay of the same history raises the same order instead of a duplicate.
        Id = string.Create(CultureInfo.InvariantCulture, $"wo-{asset.Id}-{plan.Id}-{state.DueAtHours:0.###}"),
        AssetId = asset.Id,
        PlanId = plan.Id,
        Title = $"{plan.Name}: {asset.Name}",
        RaisedAt = at,
        RaisedAtHours = hours,
    };

    private static void AddStatusChange(AssetState asset, MaintenanceState next, DateTimeOffset at, double hours, DecisionSet decisions, MaintenanceStatus before)
    {
        if (next.Status == before)
        {
            return;
        }

        decisions.Events.Add(new MaintenanceStatusChanged
        {
            Timestamp = at,
            AssetId = asset.Id,
            Site = asset.Location?.Site ?? asset.HomeSite,
            PlanId = next.PlanId,
            Status = next.Status,
            DueAtHours = next.DueAtHours,
            Hours = hours,
        });
    }

    private static MaintenancePlanDefinition? Find(IReadOnlyList<MaintenancePlanDefinition> plans, string id)
    {
        foreach (var plan in plans)
        {
            if (string.Equals(plan.Id, id, StringComparison.Ordinal))
            {
                return plan;
            }
        }

        return null;
    }
}

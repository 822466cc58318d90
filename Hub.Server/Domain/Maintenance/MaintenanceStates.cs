using TrackHub.Domain.Model;
using TrackHub.Shared.Configuration;

namespace TrackHub.Domain.Maintenance;

/// <summary>Keeps an asset's per-plan maintenance state in step with the plans that apply to it.</summary>
internal static class MaintenanceStates
{
    /// <summary>
    /// One state per plan, in plan order: existing states are kept (a changed interval moves the due point from the
    /// same basis), new plans start without a due point, plans that no longer apply are dropped.
    /// </summary>
    public static IReadOnlyList<MaintenanceState> Reconcile(IReadOnlyList<MaintenanceState> existing, IReadOnlyList<MaintenancePlanDefinition> plans, WorkOrderBook workOrders, string assetId)
    {
        if (plans.Count == 0)
        {
            return [];
        }

        var states = new MaintenanceState[plans.Count];
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var state = Find(existing, plan.Id) ?? new MaintenanceState { PlanId = plan.Id, PlanName = plan.Name };
            state = state with { PlanName = plan.Name };
            if (state.DueAtHours is { } due && plan.EveryHours is { } every && Math.Abs(state.BasisHours + every - due) > HourPlanRule.Epsilon)
            {
                state = state with { DueAtHours = state.BasisHours + every };
            }

            if (state.OpenWorkOrder is null && workOrders.OpenFor(assetId, plan.Id) is { } order)
            {
                state = state with { OpenWorkOrder = order.Id };
            }

            states[i] = state;
        }

        return states;
    }

    private static MaintenanceState? Find(IReadOnlyList<MaintenanceState> states, string planId)
    {
        foreach (var state in states)
        {
            if (string.Equals(state.PlanId, planId, StringComparison.Ordinal))
            {
                return state;
            }
        }

        return null;
    }
}

using TrackHub.Domain.Configuration;
using TrackHub.Shared.Configuration;

namespace TrackHub.Domain.Maintenance;

/// <summary>Asset id → the maintenance plans that apply to it (listed by id or through its category).</summary>
internal static class PlanDirectory
{
    private const double MaxEveryHours = 1_000_000;

    public static Dictionary<string, MaintenancePlanDefinition[]> Build(DocumentIndex index, List<string> errors)
    {
        var byAsset = new Dictionary<string, List<MaintenancePlanDefinition>>(StringComparer.Ordinal);
        foreach (var (id, plan) in index.Plans)
        {
            var item = $"maintenance plan '{id}'";
            Check(item, plan, errors);
            var assets = plan.Assets ?? [];
            foreach (var assetId in assets)
            {
                if (!index.Assets.ContainsKey(assetId))
                {
                    errors.Add($"{item}: asset '{assetId}' is not defined");
                }
            }

            if (assets.Count == 0 && string.IsNullOrWhiteSpace(plan.Category))
            {
                errors.Add($"{item}: applies to no asset (list assets or name a category)");
            }

            foreach (var (assetId, asset) in index.Assets)
            {
                if (assets.Contains(assetId) || string.Equals(asset.Category, plan.Category, StringComparison.Ordinal))
                {
                    var plans = byAsset.TryGetValue(assetId, out var list) ? list : byAsset[assetId] = [];
                    plans.Add(plan);
                }
            }
        }

        return byAsset.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private static void Check(string item, MaintenancePlanDefinition plan, List<string> errors)
    {
        if (plan.EveryHours is not { } every)
        {
            errors.Add($"{item}: has no trigger (set everyHours)");
            return;
        }

        if (!(every > 0 && every <= MaxEveryHours))
        {
            errors.Add($"{item}: everyHours {every} is out of range (0, {MaxEveryHours}]");
        }
        else if (!(plan.DueSoonHours >= 0 && plan.DueSoonHours < every))
        {
            errors.Add($"{item}: dueSoonHours {plan.DueSoonHours} must be at least 0 and less than everyHours {every}");
        }
    }
}

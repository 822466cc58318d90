using Microsoft.EntityFrameworkCore;
using TrackHub.Domain.Model;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Persistence.Queries;

/// <summary>Work orders, newest first, with the asset's name for display.</summary>
public sealed class WorkOrderQueries(IDbContextFactory<TrackHubDbContext> contexts)
{
    public async Task<IReadOnlyList<WorkOrderView>> ListAsync(IReadOnlyList<WorkOrderStatus> statuses, string? assetId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        await using var db = contexts.CreateDbContext();
        var query = db.WorkOrders.AsQueryable();
        if (statuses.Count > 0)
        {
            var wanted = statuses.Distinct().ToArray();
            query = query.Where(w => wanted.Contains(w.Status));
        }

        if (!string.IsNullOrWhiteSpace(assetId))
        {
            query = query.Where(w => w.AssetId == assetId);
        }

        var rows = await query
            .OrderByDescending(w => w.RaisedAt)
            .ThenBy(w => w.Id)
            .Select(w => new { Order = w, AssetName = db.Assets.Where(a => a.Id == w.AssetId).Select(a => a.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);

        return [.. rows.Select(r => new WorkOrderView(
            r.Order.Id, r.Order.AssetId, r.AssetName ?? r.Order.AssetId, r.Order.PlanId, r.Order.Title, r.Order.Status, r.Order.RaisedAt, r.Order.RaisedAtHours, r.Order.CompletedAt))];
    }
}

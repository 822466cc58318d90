using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrackHub.Hub.Persistence.Rows;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Persistence.Queries;

/// <summary>History: stored domain events, newest first.</summary>
public sealed class EventQueries(IDbContextFactory<TrackHubDbContext> contexts)
{
    /// <summary>Events of one asset with <paramref name="from"/> ≤ time &lt; <paramref name="to"/> (either bound optional).</summary>
    public async Task<Page<EventView>> ForAssetAsync(string assetId, DateTimeOffset? from, DateTimeOffset? to, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        await using var db = contexts.CreateDbContext();
        var query = db.Events.Where(e => e.AssetId == assetId);
        if (from is { } start)
        {
            query = query.Where(e => e.Ts >= start);
        }

        if (to is { } end)
        {
            query = query.Where(e => e.Ts < end);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.Ts).ThenByDescending(e => e.Id).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return new Page<EventView>([.. rows.Select(ToView)], total, page.Number, page.Size);
    }

    internal static EventView ToView(EventRow row)
    {
        using var data = JsonDocument.Parse(row.Data);
        return new EventView(row.Id, row.Ts, row.RecordedAt, row.Type, row.AssetId, row.Site, data.RootElement.Clone());
    }
}

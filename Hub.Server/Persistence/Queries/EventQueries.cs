using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using TrackHub.Domain.Events;
using TrackHub.Hub.Persistence.Rows;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Persistence.Queries;

/// <summary>History: stored domain events, newest first.</summary>
public sealed class EventQueries(IDbContextFactory<TrackHubDbContext> contexts)
{
    /// <summary>Every event type (<c>asset-moved</c>, <c>gate-passage</c>, …), read from the event contract itself.</summary>
    public static IReadOnlyList<string> Types { get; } =
        [.. typeof(DomainEvent).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => (string)a.TypeDiscriminator!)];

    /// <summary>Events of one asset with <paramref name="from"/> ≤ time &lt; <paramref name="to"/> (either bound optional).</summary>
    public async Task<Page<EventView>> ForAssetAsync(string assetId, DateTimeOffset? from, DateTimeOffset? to, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        await using var db = contexts.CreateDbContext();
        return await PageAsync(db.Events.Where(e => e.AssetId == assetId), from, to, page, cancellationToken);
    }

    /// <summary>Events of a site (or all sites) and of the given types (or all types), for history and reports.</summary>
    public async Task<Page<EventView>> SearchAsync(string? site, IReadOnlyList<string> types, DateTimeOffset? from, DateTimeOffset? to, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(page);
        await using var db = contexts.CreateDbContext();
        var query = db.Events.AsQueryable();
        if (!string.IsNullOrWhiteSpace(site))
        {
            query = query.Where(e => e.Site == site);
        }

        if (types.Count > 0)
        {
            var wanted = types.Distinct(StringComparer.Ordinal).ToArray();
            query = query.Where(e => wanted.Contains(e.Type));
        }

        return await PageAsync(query, from, to, page, cancellationToken);
    }

    private static async Task<Page<EventView>> PageAsync(IQueryable<EventRow> query, DateTimeOffset? from, DateTimeOffset? to, PageRequest page, CancellationToken cancellationToken)
    {
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

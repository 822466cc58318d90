using Microsoft.EntityFrameworkCore;
using TrackHub.Hub.Persistence.Rows;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Persistence.Queries;

/// <summary>Asset search and detail for the API, read from the stored current state.</summary>
public sealed class AssetQueries(IDbContextFactory<TrackHubDbContext> contexts)
{
    public async Task<Page<AssetView>> SearchAsync(AssetSearch search, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(page);
        await using var db = contexts.CreateDbContext();
        var query = Filter(db, search);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return new Page<AssetView>(await ViewsAsync(db, rows, cancellationToken), total, page.Number, page.Size);
    }

    public async Task<AssetView?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.Assets.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return row is null ? null : (await ViewsAsync(db, [row], cancellationToken))[0];
    }

    public async Task<bool> ExistsAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Assets.AnyAsync(a => a.Id == id, cancellationToken);
    }

    private static IQueryable<AssetRow> Filter(TrackHubDbContext db, AssetSearch search)
    {
        var query = db.Assets.AsQueryable();
        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            var pattern = "%" + EscapeLike(search.Text.Trim().ToLowerInvariant()) + "%";
            query = query.Where(a => EF.Functions.Like(a.SearchText, pattern, LikeEscape));
        }

        if (!string.IsNullOrWhiteSpace(search.Tag))
        {
            var tag = search.Tag.Trim();
            query = query.Where(a => db.AssetTags.Any(t => t.AssetId == a.Id && t.TagKey == tag));
        }

        if (search.Statuses.Count > 0)
        {
            var statuses = search.Statuses.Distinct().ToArray();
            query = query.Where(a => statuses.Contains(a.Status));
        }

        if (!string.IsNullOrWhiteSpace(search.Site))
        {
            query = query.Where(a => a.LocationSite == search.Site);
        }

        if (!string.IsNullOrWhiteSpace(search.Zone))
        {
            query = query.Where(a => a.LocationZone == search.Zone);
        }

        if (!string.IsNullOrWhiteSpace(search.Category))
        {
            query = query.Where(a => a.Category == search.Category);
        }

        if (!string.IsNullOrWhiteSpace(search.HomeSite))
        {
            query = query.Where(a => a.HomeSite == search.HomeSite);
        }

        return query;
    }

    private static async Task<IReadOnlyList<AssetView>> ViewsAsync(TrackHubDbContext db, IReadOnlyList<AssetRow> rows, CancellationToken cancellationToken)
    {
        var tags = await AssetTagReader.LoadAsync(db, [.. rows.Select(r => r.Id)], cancellationToken);
        return [.. rows.Select(r => AssetView.From(AssetMapping.ToState(r, tags.GetValueOrDefault(r.Id, []))))];
    }

    private const string LikeEscape = "\\";

    private static string EscapeLike(string text) =>
        text.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal);
}

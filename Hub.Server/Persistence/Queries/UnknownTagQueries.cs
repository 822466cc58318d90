using Microsoft.EntityFrameworkCore;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Persistence.Queries;

/// <summary>Tags nobody owns, most recently seen first: the list an installer works through to register new tags.</summary>
public sealed class UnknownTagQueries(IDbContextFactory<TrackHubDbContext> contexts)
{
    public async Task<IReadOnlyList<UnknownTagView>> ListAsync(string? site, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var query = db.UnknownTags.AsQueryable();
        if (!string.IsNullOrWhiteSpace(site))
        {
            query = query.Where(t => t.Site == site);
        }

        var rows = await query.OrderByDescending(t => t.LastSeen).ThenBy(t => t.Key).ToListAsync(cancellationToken);
        return [.. rows.Select(r => UnknownTagView.From(RecordMapping.ToRecord(r)))];
    }
}

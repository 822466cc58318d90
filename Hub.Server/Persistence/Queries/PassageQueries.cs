using Microsoft.EntityFrameworkCore;
using TrackHub.Hub.Persistence.Rows;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Persistence.Queries;

/// <summary>Gate passage history (what went in or out, with whom), newest first, with display names.</summary>
public sealed class PassageQueries(IDbContextFactory<TrackHubDbContext> contexts)
{
    public async Task<Page<PassageView>> SearchAsync(string? site, string? gate, DateTimeOffset? from, DateTimeOffset? to, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        await using var db = contexts.CreateDbContext();
        var query = db.GatePassages.AsQueryable();
        if (!string.IsNullOrWhiteSpace(site))
        {
            query = query.Where(p => p.Site == site);
        }

        if (!string.IsNullOrWhiteSpace(gate))
        {
            query = query.Where(p => p.GateId == gate);
        }

        if (from is { } start)
        {
            query = query.Where(p => p.Ended >= start);
        }

        if (to is { } end)
        {
            query = query.Where(p => p.Ended < end);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(p => p.Ended).ThenByDescending(p => p.Id).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        var names = await NamesAsync(db, rows, cancellationToken);
        return new Page<PassageView>([.. rows.Select(r => ToView(RecordMapping.ToRecord(r), names))], total, page.Number, page.Size);
    }

    private static PassageView ToView(Domain.Model.GatePassage p, Names names) => new(
        p.Id,
        p.GateId,
        names.Gates.GetValueOrDefault(p.GateId, p.GateId),
        p.Site,
        p.Direction,
        p.Started,
        p.Ended,
        [.. p.Assets.Select(id => new NamedRef(id, names.Assets.GetValueOrDefault(id, id)))],
        [.. p.People.Select(id => new NamedRef(id, names.People.GetValueOrDefault(id, id)))],
        p.UnknownTags);

    /// <summary>
    /// Asset names come from the assets table (it keeps retired ones); gate and people names from the active
    /// configuration. An id that is no longer named anywhere is shown as itself rather than dropped.
    /// </summary>
    private static async Task<Names> NamesAsync(TrackHubDbContext db, IReadOnlyList<GatePassageRow> rows, CancellationToken cancellationToken)
    {
        var assetIds = rows.SelectMany(r => Json.StoreJson.ReadStrings(r.Assets)).Distinct(StringComparer.Ordinal).ToArray();
        var assets = await db.Assets.Where(a => assetIds.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, StringComparer.Ordinal, cancellationToken);
        var configuration = await db.ConfigurationVersions.OrderByDescending(c => c.Version).FirstOrDefaultAsync(cancellationToken);
        var document = configuration is null ? null : Json.StoreJson.ReadDocument(configuration.Document);
        return new Names(
            assets,
            document?.Gates.ToDictionary(g => g.Id, g => g.Name, StringComparer.Ordinal) ?? [],
            document?.People.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal) ?? []);
    }

    private sealed record Names(Dictionary<string, string> Assets, Dictionary<string, string> Gates, Dictionary<string, string> People);
}

using Microsoft.EntityFrameworkCore;
using TrackHub.Domain.Model;

namespace TrackHub.Hub.Persistence;

/// <summary>
/// Upserts without a round trip per row: one query finds which keys exist (in chunks), then each row is attached as
/// added or modified and the context's SaveChanges writes them in batches.
/// </summary>
internal static class StoreUpserts
{
    /// <summary>Keys per lookup query, well under SQLite's and PostgreSQL's parameter limits.</summary>
    public const int KeysPerQuery = 1000;

    public static async Task AssetsAsync(TrackHubDbContext db, IReadOnlyList<AssetState> assets, CancellationToken cancellationToken)
    {
        if (assets.Count == 0)
        {
            return;
        }

        var latest = LastPerKey(assets, a => a.Id);
        var ids = latest.Select(a => a.Id).ToArray();
        var existing = await ExistingKeysAsync(ids, chunk => db.Assets.Where(a => chunk.Contains(a.Id)).Select(a => a.Id), cancellationToken);
        var storedTags = await AssetTagReader.LoadAsync(db, ids, cancellationToken);

        // Tags rarely change (only with a new configuration), so most commits touch no tag rows at all.
        var retag = latest.Where(a => !storedTags.GetValueOrDefault(a.Id, []).SequenceEqual(a.Tags.Distinct(StringComparer.Ordinal))).ToList();
        foreach (var chunk in retag.Select(a => a.Id).Where(existing.Contains).Chunk(KeysPerQuery))
        {
            await db.AssetTags.Where(t => chunk.Contains(t.AssetId)).ExecuteDeleteAsync(cancellationToken);
        }

        foreach (var asset in latest)
        {
            db.Entry(AssetMapping.ToRow(asset)).State = existing.Contains(asset.Id) ? EntityState.Modified : EntityState.Added;
        }

        db.AddRange(retag.SelectMany(AssetMapping.TagRows));
    }

    public static async Task StreamsAsync(TrackHubDbContext db, IReadOnlyList<GatewayStreamState> streams, CancellationToken cancellationToken)
    {
        if (streams.Count == 0)
        {
            return;
        }

        var latest = LastPerKey(streams, s => (s.Gateway, s.Epoch));
        var gateways = latest.Select(s => s.Gateway).Distinct(StringComparer.Ordinal).ToArray();
        var existing = new HashSet<(string, long)>();
        foreach (var chunk in gateways.Chunk(KeysPerQuery))
        {
            var keys = await db.GatewayStreams.Where(s => chunk.Contains(s.Gateway)).Select(s => new { s.Gateway, s.Epoch }).ToListAsync(cancellationToken);
            existing.UnionWith(keys.Select(k => (k.Gateway, k.Epoch)));
        }

        foreach (var stream in latest)
        {
            db.Entry(RecordMapping.ToRow(stream)).State = existing.Contains((stream.Gateway, stream.Epoch)) ? EntityState.Modified : EntityState.Added;
        }
    }

    public static async Task ByKeyAsync<TRow>(
        TrackHubDbContext db,
        IEnumerable<TRow> rows,
        Func<TRow, string> key,
        Func<string[], IQueryable<string>> existingKeys,
        CancellationToken cancellationToken)
        where TRow : class
    {
        var latest = LastPerKey(rows, key);
        if (latest.Count == 0)
        {
            return;
        }

        var existing = await ExistingKeysAsync(latest.Select(key).ToArray(), existingKeys, cancellationToken);
        foreach (var row in latest)
        {
            db.Entry(row).State = existing.Contains(key(row)) ? EntityState.Modified : EntityState.Added;
        }
    }

    private static async Task<HashSet<string>> ExistingKeysAsync(string[] keys, Func<string[], IQueryable<string>> query, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            existing.UnionWith(await query(chunk).ToListAsync(cancellationToken));
        }

        return existing;
    }

    /// <summary>A commit lists the latest state; should a key appear twice, the later entry wins.</summary>
    private static List<T> LastPerKey<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
        where TKey : notnull
    {
        var byKey = new Dictionary<TKey, T>();
        foreach (var item in items)
        {
            byKey[key(item)] = item;
        }

        return [.. byKey.Values];
    }
}

using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TrackHub.Domain.Model;
using TrackHub.Hub.Persistence.Rows;

namespace TrackHub.Hub.Persistence;

/// <summary>
/// <see cref="IHubStore"/> on EF Core. Each commit gets a fresh context and one transaction: rows are inserted in
/// batches, changed state is upserted after one key lookup per table (not one round trip per row), and nothing stays
/// tracked after the commit. A batch key that is already stored fails the whole commit: the dedupe lives upstream,
/// this is its last line of defence.
/// </summary>
public sealed partial class HubStore(
    IDbContextFactory<TrackHubDbContext> contexts,
    TimeProvider time,
    StoreMetrics metrics,
    ILogger<HubStore> logger) : IHubStore
{
    /// <summary>Keys per lookup query, well under SQLite's and PostgreSQL's parameter limits.</summary>
    private const int KeysPerQuery = 1000;

    private const int RecentPassageCount = 50;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (db.IsSqlite)
        {
            CreateSqliteFolder(db);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.IsSqlite)
        {
            // Persisted in the database file; readers then never block the pipeline's writer.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        LogMigrated(logger, db.IsSqlite ? StorageOptions.Sqlite : StorageOptions.Postgres, pending.Count, string.Join(", ", pending));
    }

    public async Task<HubSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var configuration = await db.ConfigurationVersions.OrderByDescending(c => c.Version).FirstOrDefaultAsync(cancellationToken);
        var assetRows = await db.Assets.ToListAsync(cancellationToken);
        var tags = await LoadTagsAsync(db, null, cancellationToken);
        var unknown = await db.UnknownTags.ToListAsync(cancellationToken);
        var openOrders = await db.WorkOrders
            .Where(w => w.Status == WorkOrderStatus.Open || w.Status == WorkOrderStatus.InProgress)
            .OrderBy(w => w.RaisedAt)
            .ToListAsync(cancellationToken);
        var passages = await db.GatePassages.OrderByDescending(p => p.Ended).ThenByDescending(p => p.Id).Take(RecentPassageCount).ToListAsync(cancellationToken);
        var streams = await db.GatewayStreams.ToListAsync(cancellationToken);
        var gateways = await db.Gateways.ToListAsync(cancellationToken);

        return new HubSnapshot
        {
            Configuration = configuration is null ? null : RecordMapping.ToRecord(configuration),
            Assets = [.. assetRows.Select(r => AssetMapping.ToState(r, tags.GetValueOrDefault(r.Id, [])))],
            UnknownTags = [.. unknown.Select(RecordMapping.ToRecord)],
            OpenWorkOrders = [.. openOrders.Select(RecordMapping.ToRecord)],
            RecentPassages = [.. passages.Select(RecordMapping.ToRecord)],
            Streams = [.. streams.Select(RecordMapping.ToRecord)],
            Gateways = [.. gateways.Select(RecordMapping.ToRecord)],
        };
    }

    public async Task SaveAsync(PipelineCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.IsEmpty)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var db = contexts.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var recordedAt = time.GetUtcNow();

            if (commit.Configuration is { } configuration)
            {
                db.Add(RecordMapping.ToRow(configuration));
            }

            db.AddRange(commit.Batches.Select(RecordMapping.ToRow));
            db.AddRange(commit.DeadLetters.Select(RecordMapping.ToRow));
            db.AddRange(commit.Events.Select(e => RecordMapping.ToRow(e, recordedAt)));
            db.AddRange(commit.Passages.Select(RecordMapping.ToRow));

            await UpsertAssetsAsync(db, commit.Assets, cancellationToken);
            await UpsertAsync(db, commit.UnknownTags.Select(RecordMapping.ToRow), r => r.Key, keys => db.UnknownTags.Where(t => keys.Contains(t.Key)).Select(t => t.Key), cancellationToken);
            await UpsertAsync(db, commit.WorkOrders.Select(RecordMapping.ToRow), r => r.Id, keys => db.WorkOrders.Where(w => keys.Contains(w.Id)).Select(w => w.Id), cancellationToken);
            await UpsertAsync(db, commit.Gateways.Select(RecordMapping.ToRow), r => r.Id, keys => db.Gateways.Where(g => keys.Contains(g.Id)).Select(g => g.Id), cancellationToken);
            await UpsertStreamsAsync(db, commit.Streams, cancellationToken);

            await db.SaveChangesAsync(cancellationToken);

            // After the upserts, so a removal in the same commit wins over a change.
            foreach (var ids in commit.RemovedAssets.Distinct(StringComparer.Ordinal).Chunk(KeysPerQuery))
            {
                await db.Assets.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AssetStatus.Retired), cancellationToken);
            }

            foreach (var keys in commit.RemovedUnknownTags.Distinct(StringComparer.Ordinal).Chunk(KeysPerQuery))
            {
                await db.UnknownTags.Where(t => keys.Contains(t.Key)).ExecuteDeleteAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            metrics.Committed(commit, Stopwatch.GetElapsedTime(started));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            metrics.Failed();
            LogCommitFailed(logger, ex, commit.Batches.Count, commit.Events.Count, commit.Assets.Count);
            throw;
        }
    }

    /// <summary>Tag keys per asset, in configuration order; for the given assets, or all when null.</summary>
    internal static async Task<Dictionary<string, IReadOnlyList<string>>> LoadTagsAsync(TrackHubDbContext db, IReadOnlyCollection<string>? assetIds, CancellationToken cancellationToken)
    {
        var rows = new List<AssetTagRow>();
        if (assetIds is null)
        {
            rows = await db.AssetTags.ToListAsync(cancellationToken);
        }
        else
        {
            foreach (var ids in assetIds.Chunk(KeysPerQuery))
            {
                rows.AddRange(await db.AssetTags.Where(t => ids.Contains(t.AssetId)).ToListAsync(cancellationToken));
            }
        }

        return rows.GroupBy(t => t.AssetId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.OrderBy(t => t.Position).Select(t => t.TagKey)], StringComparer.Ordinal);
    }

    private static async Task UpsertAssetsAsync(TrackHubDbContext db, IReadOnlyList<AssetState> assets, CancellationToken cancellationToken)
    {
        if (assets.Count == 0)
        {
            return;
        }

        var latest = LastPerKey(assets, a => a.Id);
        var ids = latest.Select(a => a.Id).ToArray();
        var existing = await ExistingKeysAsync(ids, chunk => db.Assets.Where(a => chunk.Contains(a.Id)).Select(a => a.Id), cancellationToken);
        var storedTags = await LoadTagsAsync(db, ids, cancellationToken);

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

    private static async Task UpsertStreamsAsync(TrackHubDbContext db, IReadOnlyList<GatewayStreamState> streams, CancellationToken cancellationToken)
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

    private static async Task UpsertAsync<TRow>(
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

    private static void CreateSqliteFolder(TrackHubDbContext db)
    {
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Storage ready on {Provider}: applied {Count} migrations ({Migrations})")]
    private static partial void LogMigrated(ILogger logger, string provider, int count, string migrations);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "A commit failed and was rolled back ({Batches} batches, {Events} events, {Assets} assets)")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception, int batches, int events, int assets);
}

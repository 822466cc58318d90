using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TrackHub.Domain.Model;

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
        var tags = await AssetTagReader.LoadAsync(db, null, cancellationToken);
        var unknown = await db.UnknownTags.ToListAsync(cancellationToken);
        var openOrders = await db.WorkOrders
            .Where(w => w.Status == WorkOrderStatus.Open || w.Status == WorkOrderStatus.InProgress)
            .OrderBy(w => w.RaisedAt)
            .ToListAsync(cancellationToken);
        var passages = await db.GatePassages.OrderByDescending(p => p.Ended).ThenByDescending(p => p.Id).Take(RecentPassageCount).ToListAsync(cancellationToken);
        var streams = await db.GatewayStreams.ToListAsync(cancellationToken);
        var gateways = await db.Gateways.ToListAsync(cancellationToken);
        var checkpoint = await LoadCheckpointAsync(db, cancellationToken);

        return new HubSnapshot
        {
            Configuration = configuration is null ? null : RecordMapping.ToRecord(configuration),
            Assets = [.. assetRows.Select(r => AssetMapping.ToState(r, tags.GetValueOrDefault(r.Id, [])))],
            UnknownTags = [.. unknown.Select(RecordMapping.ToRecord)],
            OpenWorkOrders = [.. openOrders.Select(RecordMapping.ToRecord)],
            RecentPassages = [.. passages.Select(RecordMapping.ToRecord)],
            Streams = [.. streams.Select(RecordMapping.ToRecord)],
            Gateways = [.. gateways.Select(RecordMapping.ToRecord)],
            Checkpoint = checkpoint,
        };
    }

    public async Task<bool> ContainsBatchAsync(string gateway, long epoch, long seq, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Batches.AnyAsync(b => b.Gateway == gateway && b.Epoch == epoch && b.Seq == seq, cancellationToken);
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

            await StoreUpserts.AssetsAsync(db, commit.Assets, cancellationToken);
            await StoreUpserts.ByKeyAsync(db, commit.UnknownTags.Select(RecordMapping.ToRow), r => r.Key, keys => db.UnknownTags.Where(t => keys.Contains(t.Key)).Select(t => t.Key), cancellationToken);
            await StoreUpserts.ByKeyAsync(db, commit.WorkOrders.Select(RecordMapping.ToRow), r => r.Id, keys => db.WorkOrders.Where(w => keys.Contains(w.Id)).Select(w => w.Id), cancellationToken);
            await StoreUpserts.ByKeyAsync(db, commit.Gateways.Select(RecordMapping.ToRow), r => r.Id, keys => db.Gateways.Where(g => keys.Contains(g.Id)).Select(g => g.Id), cancellationToken);
            await StoreUpserts.StreamsAsync(db, commit.Streams, cancellationToken);
            var checkpointBytes = commit.Checkpoint is { } checkpoint ? await SaveCheckpointAsync(db, checkpoint, recordedAt, cancellationToken) : 0;

            await db.SaveChangesAsync(cancellationToken);

            // After the upserts, so a removal in the same commit wins over a change.
            foreach (var ids in commit.RemovedAssets.Distinct(StringComparer.Ordinal).Chunk(StoreUpserts.KeysPerQuery))
            {
                await db.Assets.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AssetStatus.Retired), cancellationToken);
            }

            foreach (var keys in commit.RemovedUnknownTags.Distinct(StringComparer.Ordinal).Chunk(StoreUpserts.KeysPerQuery))
            {
                await db.UnknownTags.Where(t => keys.Contains(t.Key)).ExecuteDeleteAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            metrics.Committed(commit, Stopwatch.GetElapsedTime(started));
            if (commit.Checkpoint is not null)
            {
                metrics.Checkpointed(checkpointBytes);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            metrics.Failed();
            LogCommitFailed(logger, ex, commit.Batches.Count, commit.Events.Count, commit.Assets.Count);
            throw;
        }
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

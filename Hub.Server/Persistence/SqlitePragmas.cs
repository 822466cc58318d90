using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TrackHub.Hub.Persistence;

/// <summary>
/// Per-connection SQLite settings. WAL (set once in <see cref="HubStore.MigrateAsync"/>, it persists in the file) lets
/// API reads run beside the pipeline's writes. FULL sync makes every commit durable before it returns: the hub
/// acknowledges batches to gateways right after the commit, and they then delete them, so a commit that a power cut
/// could undo (NORMAL under WAL) would lose acknowledged data. It costs one fsync per group of batches. The busy
/// timeout waits for a lock instead of failing at once.
/// </summary>
internal sealed class SqlitePragmas(int busyTimeoutMilliseconds) : DbConnectionInterceptor
{
    private readonly string _sql = $"PRAGMA synchronous=FULL; PRAGMA busy_timeout={busyTimeoutMilliseconds};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TrackHub.Hub.Persistence;

/// <summary>
/// Per-connection SQLite settings. WAL (set once in <see cref="HubStore.MigrateAsync"/>, it persists in the file) lets
/// API reads run beside the pipeline's writes; NORMAL sync is durable under WAL except on power loss mid-checkpoint,
/// which loses at most the last commits (the gateways' outboxes resend them); the busy timeout waits for a lock
/// instead of failing at once.
/// </summary>
internal sealed class SqlitePragmas(int busyTimeoutMilliseconds) : DbConnectionInterceptor
{
    private readonly string _sql = $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={busyTimeoutMilliseconds};";

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

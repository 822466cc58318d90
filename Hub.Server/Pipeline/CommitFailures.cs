using System.Data.Common;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;

namespace TrackHub.Hub.Pipeline;

/// <summary>
/// Tells a storage failure that will pass (a lock, a dropped connection, a full disk being cleared) from one that will
/// fail the same way however often it is retried (a constraint the group violates). Unknown failures count as passing:
/// waiting stalls ingest but loses nothing, while giving up on a group that would have been stored is a loss.
/// </summary>
internal static class CommitFailures
{
    public static bool IsPermanent(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 }: // SQLITE_CONSTRAINT
                case Npgsql.PostgresException { SqlState: [ '2', '3', .. ] }: // class 23: integrity constraint violation
                    return true;
                case DbException or DbUpdateException or IOException or TimeoutException or SocketException:
                    continue;
            }
        }

        // A deterministic bug (a mapping that throws) repeats forever too.
        return exception is InvalidOperationException or ArgumentException or NotSupportedException or System.Text.Json.JsonException
            && exception.InnerException is not DbException;
    }
}

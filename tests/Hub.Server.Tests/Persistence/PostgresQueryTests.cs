using TrackHub.Testing;

namespace TrackHub.Hub.Tests.Persistence;

public sealed class PostgresQueryTests(PostgresServer server) : HubQueriesContract
{
    protected override async Task<Dictionary<string, string?>> NewDatabaseAsync() => new()
    {
        ["Storage:Provider"] = "postgres",
        ["Storage:ConnectionString"] = await server.CreateDatabaseAsync("queries", Ct),
    };

    protected override ValueTask DisposeDatabaseAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}

using TrackHub.Testing;

namespace TrackHub.Hub.Tests.Persistence;

/// <summary>The store contract on a real PostgreSQL server (a fresh database per test class instance).</summary>
public sealed class PostgresStoreTests(PostgresServer server) : HubStoreContract
{
    protected override async Task<Dictionary<string, string?>> NewDatabaseAsync() => new()
    {
        ["Storage:Provider"] = "postgres",
        ["Storage:ConnectionString"] = await server.CreateDatabaseAsync("store", Ct),
    };

    protected override ValueTask DisposeDatabaseAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}

using Microsoft.Data.Sqlite;

namespace TrackHub.Hub.Tests.Persistence;

public sealed class SqliteQueryTests : HubQueriesContract
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("trackhub-sqlite-");

    protected override Task<Dictionary<string, string?>> NewDatabaseAsync() =>
        Task.FromResult(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder.FullName, "queries.db")}",
        });

    protected override ValueTask DisposeDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TrackHub.Hub.Persistence;

namespace TrackHub.Hub.Tests.Persistence;

/// <summary>The store contract on SQLite (a file in a temp folder), plus what only SQLite has.</summary>
public sealed class SqliteStoreTests : HubStoreContract
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("trackhub-sqlite-");

    protected override Task<Dictionary<string, string?>> NewDatabaseAsync() =>
        Task.FromResult(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "sqlite",
            ["Storage:DataDirectory"] = Path.Combine(_folder.FullName, "data"),
        });

    protected override ValueTask DisposeDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task The_default_database_is_trackhub_db_in_the_data_directory_in_WAL_mode()
    {
        Assert.True(File.Exists(Path.Combine(_folder.FullName, "data", "trackhub.db")));
        await using var db = NewContext();
        await db.Database.OpenConnectionAsync(Ct);
        var connection = db.Database.GetDbConnection();
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal("2", await ScalarAsync(connection, "PRAGMA synchronous;")); // FULL: an acknowledged commit survives a power cut
        Assert.Equal("5000", await ScalarAsync(connection, "PRAGMA busy_timeout;"));
    }

    [Fact]
    public async Task Times_are_stored_as_sortable_UTC_text()
    {
        await Store.SaveAsync(new PipelineCommit { Events = [Sample.Moved("tool-001", 0, "yard")] }, Ct);
        await using var db = NewContext();
        await db.Database.OpenConnectionAsync(Ct);
        Assert.Equal("2026-12-03T10:00:00.0100000Z", await ScalarAsync(db.Database.GetDbConnection(), "SELECT ts FROM events;"));
    }

    private static async Task<string?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}

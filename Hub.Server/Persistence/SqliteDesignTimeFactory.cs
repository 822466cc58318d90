using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TrackHub.Hub.Persistence;

/// <summary>For <c>dotnet ef</c>: <c>dotnet ef migrations add X --context SqliteTrackHubDbContext -o Persistence/Migrations/Sqlite</c>.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTrackHubDbContext>
{
    public SqliteTrackHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTrackHubDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TrackHub.Hub.Persistence;

/// <summary>For <c>dotnet ef</c>: <c>dotnet ef migrations add X --context PostgresTrackHubDbContext -o Persistence/Migrations/Postgres</c>; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTrackHubDbContext>
{
    public PostgresTrackHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTrackHubDbContext>().UseNpgsql("Host=localhost;Database=trackhub_design").Options);
}

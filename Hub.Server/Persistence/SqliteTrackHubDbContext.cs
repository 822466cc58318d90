using Microsoft.EntityFrameworkCore;
using TrackHub.Hub.Persistence.Storage;

namespace TrackHub.Hub.Persistence;

/// <summary>The embedded default: times as sortable UTC ISO text (see <see cref="UtcIsoTextConverter"/>), JSON as TEXT.</summary>
public sealed class SqliteTrackHubDbContext(DbContextOptions<SqliteTrackHubDbContext> options) : TrackHubDbContext(options)
{
    public override bool IsSqlite => true;

    protected override string JsonColumnType => "TEXT";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcIsoTextConverter>();
    }
}

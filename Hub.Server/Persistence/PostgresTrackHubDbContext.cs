using Microsoft.EntityFrameworkCore;
using TrackHub.Hub.Persistence.Storage;

namespace TrackHub.Hub.Persistence;

/// <summary>The production provider: times as <c>timestamptz</c> (normalised to UTC on the way in), JSON as <c>jsonb</c>.</summary>
public sealed class PostgresTrackHubDbContext(DbContextOptions<PostgresTrackHubDbContext> options) : TrackHubDbContext(options)
{
    public override bool IsSqlite => false;

    protected override string JsonColumnType => "jsonb";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}

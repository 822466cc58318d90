using Microsoft.EntityFrameworkCore;
using TrackHub.Domain.Model;
using TrackHub.Hub.Persistence.Rows;
using TrackHub.Hub.Persistence.Storage;

namespace TrackHub.Hub.Persistence;

/// <summary>
/// The hub's relational model, shared by both providers. Each provider has its own derived context
/// (<see cref="SqliteTrackHubDbContext"/>, <see cref="PostgresTrackHubDbContext"/>) so each keeps its own migrations
/// and its own time and JSON column types; everything else is defined once here.
/// </summary>
public abstract class TrackHubDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ConfigurationVersionRow> ConfigurationVersions => Set<ConfigurationVersionRow>();

    public DbSet<AssetRow> Assets => Set<AssetRow>();

    public DbSet<AssetTagRow> AssetTags => Set<AssetTagRow>();

    public DbSet<EventRow> Events => Set<EventRow>();

    public DbSet<BatchRow> Batches => Set<BatchRow>();

    public DbSet<GatewayStreamRow> GatewayStreams => Set<GatewayStreamRow>();

    public DbSet<GatewayRow> Gateways => Set<GatewayRow>();

    public DbSet<DeadLetterRow> DeadLetters => Set<DeadLetterRow>();

    public DbSet<UnknownTagRow> UnknownTags => Set<UnknownTagRow>();

    public DbSet<WorkOrderRow> WorkOrders => Set<WorkOrderRow>();

    public DbSet<GatePassageRow> GatePassages => Set<GatePassageRow>();

    public DbSet<EngineCheckpointRow> EngineCheckpoints => Set<EngineCheckpointRow>();

    /// <summary>True for SQLite, which needs its pragmas and has no native time type.</summary>
    public abstract bool IsSqlite { get; }

    /// <summary>Column type of the JSON columns: <c>TEXT</c> on SQLite, <c>jsonb</c> on PostgreSQL.</summary>
    protected abstract string JsonColumnType { get; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSnakeCaseNamingConvention();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<AssetStatus>().HaveConversion<KebabEnumConverter<AssetStatus>>();
        configurationBuilder.Properties<CustodianKind>().HaveConversion<KebabEnumConverter<CustodianKind>>();
        configurationBuilder.Properties<PassageDirection>().HaveConversion<KebabEnumConverter<PassageDirection>>();
        configurationBuilder.Properties<WorkOrderStatus>().HaveConversion<KebabEnumConverter<WorkOrderStatus>>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) => TrackHubModel.Configure(modelBuilder, JsonColumnType);
}

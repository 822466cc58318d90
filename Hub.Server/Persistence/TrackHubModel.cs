using Microsoft.EntityFrameworkCore;
using TrackHub.Hub.Persistence.Rows;

namespace TrackHub.Hub.Persistence;

/// <summary>Tables, keys and indexes (names become snake_case through the naming convention).</summary>
internal static class TrackHubModel
{
    public static void Configure(ModelBuilder model, string jsonType)
    {
        model.Entity<ConfigurationVersionRow>(e =>
        {
            e.ToTable("configuration_versions");
            e.HasKey(x => x.Version);
            e.Property(x => x.Version).ValueGeneratedNever();
            e.Property(x => x.Document).HasColumnType(jsonType);
        });

        model.Entity<AssetRow>(e =>
        {
            e.ToTable("assets");
            e.HasKey(x => x.Id);
            e.Property(x => x.LocationEvidence).HasColumnType(jsonType);
            e.Property(x => x.Maintenance).HasColumnType(jsonType);
            e.Property(x => x.InsideGeofences).HasColumnType(jsonType);
            e.HasIndex(x => x.Status);
            e.HasIndex(x => x.Category);
            e.HasIndex(x => x.HomeSite);
            e.HasIndex(x => new { x.LocationSite, x.LocationZone });
            e.HasIndex(x => x.Name);
        });

        model.Entity<AssetTagRow>(e =>
        {
            e.ToTable("asset_tags");
            e.HasKey(x => new { x.AssetId, x.TagKey });
            e.HasIndex(x => x.TagKey);
            e.HasOne<AssetRow>().WithMany().HasForeignKey(x => x.AssetId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<EventRow>(e =>
        {
            e.ToTable("events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Data).HasColumnType(jsonType);
            e.HasIndex(x => new { x.AssetId, x.Ts });
            e.HasIndex(x => new { x.Site, x.Ts });
            e.HasIndex(x => x.Ts);
        });

        model.Entity<BatchRow>(e =>
        {
            e.ToTable("batches");
            e.HasKey(x => new { x.Gateway, x.Epoch, x.Seq });
            e.HasIndex(x => x.ReceivedAt);
        });

        model.Entity<GatewayStreamRow>(e =>
        {
            e.ToTable("gateway_streams");
            e.HasKey(x => new { x.Gateway, x.Epoch });
            e.Property(x => x.AppliedAbove).HasColumnType(jsonType);
        });

        model.Entity<GatewayRow>(e =>
        {
            e.ToTable("gateways");
            e.HasKey(x => x.Id);
            e.Property(x => x.Sources).HasColumnType(jsonType);
        });

        model.Entity<DeadLetterRow>(e =>
        {
            e.ToTable("dead_letters");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.ReceivedAt);
            e.HasIndex(x => new { x.Code, x.ReceivedAt });
        });

        model.Entity<UnknownTagRow>(e =>
        {
            e.ToTable("unknown_tags");
            e.HasKey(x => x.Key);
            e.HasIndex(x => x.LastSeen);
        });

        model.Entity<WorkOrderRow>(e =>
        {
            e.ToTable("work_orders");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.AssetId, x.RaisedAt });
            e.HasIndex(x => x.Status);
        });

        model.Entity<GatePassageRow>(e =>
        {
            e.ToTable("gate_passages");
            e.HasKey(x => x.Id);
            e.Property(x => x.Assets).HasColumnType(jsonType);
            e.Property(x => x.People).HasColumnType(jsonType);
            e.Property(x => x.UnknownTags).HasColumnType(jsonType);
            e.Property(x => x.Evidence).HasColumnType(jsonType);
            e.HasIndex(x => x.Ended);
            e.HasIndex(x => new { x.Site, x.Ended });
            e.HasIndex(x => new { x.GateId, x.Ended });
        });

        model.Entity<EngineCheckpointRow>(e =>
        {
            e.ToTable("engine_checkpoint");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Document).HasColumnType(jsonType);
        });
    }
}

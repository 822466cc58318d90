using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TrackHub.Hub.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assets",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    category = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    home_site = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    custodian_kind = table.Column<string>(type: "text", nullable: true),
                    custodian_id = table.Column<string>(type: "text", nullable: true),
                    custodian_name = table.Column<string>(type: "text", nullable: true),
                    location_site = table.Column<string>(type: "text", nullable: true),
                    location_zone = table.Column<string>(type: "text", nullable: true),
                    location_vehicle = table.Column<string>(type: "text", nullable: true),
                    location_lat = table.Column<double>(type: "double precision", nullable: true),
                    location_lon = table.Column<double>(type: "double precision", nullable: true),
                    location_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    location_source = table.Column<string>(type: "text", nullable: true),
                    location_confidence = table.Column<double>(type: "double precision", nullable: true),
                    location_evidence = table.Column<string>(type: "jsonb", nullable: true),
                    last_seen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    run_hours = table.Column<double>(type: "double precision", nullable: true),
                    run_hours_source = table.Column<string>(type: "text", nullable: true),
                    run_hours_updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    run_hours_last_counter = table.Column<double>(type: "double precision", nullable: true),
                    run_hours_counter_offset = table.Column<double>(type: "double precision", nullable: true),
                    run_hours_ignition_on_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    run_hours_last_report = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    maintenance = table.Column<string>(type: "jsonb", nullable: false),
                    inside_geofences = table.Column<string>(type: "jsonb", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "batches",
                columns: table => new
                {
                    gateway = table.Column<string>(type: "text", nullable: false),
                    epoch = table.Column<long>(type: "bigint", nullable: false),
                    seq = table.Column<long>(type: "bigint", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    item_count = table.Column<int>(type: "integer", nullable: false),
                    accepted_count = table.Column<int>(type: "integer", nullable: false),
                    payload = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_batches", x => new { x.gateway, x.epoch, x.seq });
                });

            migrationBuilder.CreateTable(
                name: "configuration_versions",
                columns: table => new
                {
                    version = table.Column<long>(type: "bigint", nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    document = table.Column<string>(type: "jsonb", nullable: false),
                    note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_configuration_versions", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "dead_letters",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    topic = table.Column<string>(type: "text", nullable: false),
                    scope = table.Column<string>(type: "text", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    gateway = table.Column<string>(type: "text", nullable: true),
                    epoch = table.Column<long>(type: "bigint", nullable: true),
                    seq = table.Column<long>(type: "bigint", nullable: true),
                    item_index = table.Column<int>(type: "integer", nullable: true),
                    payload = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dead_letters", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ts = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    type = table.Column<string>(type: "text", nullable: false),
                    asset_id = table.Column<string>(type: "text", nullable: true),
                    site = table.Column<string>(type: "text", nullable: true),
                    data = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "gate_passages",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    gate_id = table.Column<string>(type: "text", nullable: false),
                    site = table.Column<string>(type: "text", nullable: false),
                    direction = table.Column<string>(type: "text", nullable: false),
                    started = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assets = table.Column<string>(type: "jsonb", nullable: false),
                    people = table.Column<string>(type: "jsonb", nullable: false),
                    unknown_tags = table.Column<string>(type: "jsonb", nullable: false),
                    evidence = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gate_passages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "gateway_streams",
                columns: table => new
                {
                    gateway = table.Column<string>(type: "text", nullable: false),
                    epoch = table.Column<long>(type: "bigint", nullable: false),
                    watermark = table.Column<long>(type: "bigint", nullable: false),
                    applied_above = table.Column<string>(type: "jsonb", nullable: false),
                    gaps = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gateway_streams", x => new { x.gateway, x.epoch });
                });

            migrationBuilder.CreateTable(
                name: "gateways",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    online = table.Column<bool>(type: "boolean", nullable: false),
                    last_seen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    software_version = table.Column<string>(type: "text", nullable: true),
                    started = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sources = table.Column<string>(type: "jsonb", nullable: false),
                    epoch = table.Column<long>(type: "bigint", nullable: true),
                    last_seq = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gateways", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "unknown_tags",
                columns: table => new
                {
                    key = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    first_seen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_seen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    count = table.Column<long>(type: "bigint", nullable: false),
                    gateway = table.Column<string>(type: "text", nullable: true),
                    seen_by = table.Column<string>(type: "text", nullable: true),
                    site = table.Column<string>(type: "text", nullable: true),
                    zone = table.Column<string>(type: "text", nullable: true),
                    lat = table.Column<double>(type: "double precision", nullable: true),
                    lon = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unknown_tags", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "work_orders",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    asset_id = table.Column<string>(type: "text", nullable: false),
                    plan_id = table.Column<string>(type: "text", nullable: true),
                    title = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    raised_at_hours = table.Column<double>(type: "double precision", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "asset_tags",
                columns: table => new
                {
                    asset_id = table.Column<string>(type: "text", nullable: false),
                    tag_key = table.Column<string>(type: "text", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asset_tags", x => new { x.asset_id, x.tag_key });
                    table.ForeignKey(
                        name: "fk_asset_tags_assets_asset_id",
                        column: x => x.asset_id,
                        principalTable: "assets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_asset_tags_tag_key",
                table: "asset_tags",
                column: "tag_key");

            migrationBuilder.CreateIndex(
                name: "ix_assets_category",
                table: "assets",
                column: "category");

            migrationBuilder.CreateIndex(
                name: "ix_assets_home_site",
                table: "assets",
                column: "home_site");

            migrationBuilder.CreateIndex(
                name: "ix_assets_location_site_location_zone",
                table: "assets",
                columns: new[] { "location_site", "location_zone" });

            migrationBuilder.CreateIndex(
                name: "ix_assets_name",
                table: "assets",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_assets_status",
                table: "assets",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_batches_received_at",
                table: "batches",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_dead_letters_code_received_at",
                table: "dead_letters",
                columns: new[] { "code", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_dead_letters_received_at",
                table: "dead_letters",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_events_asset_id_ts",
                table: "events",
                columns: new[] { "asset_id", "ts" });

            migrationBuilder.CreateIndex(
                name: "ix_events_site_ts",
                table: "events",
                columns: new[] { "site", "ts" });

            migrationBuilder.CreateIndex(
                name: "ix_events_ts",
                table: "events",
                column: "ts");

            migrationBuilder.CreateIndex(
                name: "ix_gate_passages_ended",
                table: "gate_passages",
                column: "ended");

            migrationBuilder.CreateIndex(
                name: "ix_gate_passages_gate_id_ended",
                table: "gate_passages",
                columns: new[] { "gate_id", "ended" });

            migrationBuilder.CreateIndex(
                name: "ix_gate_passages_site_ended",
                table: "gate_passages",
                columns: new[] { "site", "ended" });

            migrationBuilder.CreateIndex(
                name: "ix_unknown_tags_last_seen",
                table: "unknown_tags",
                column: "last_seen");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_asset_id_raised_at",
                table: "work_orders",
                columns: new[] { "asset_id", "raised_at" });

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_status",
                table: "work_orders",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "asset_tags");

            migrationBuilder.DropTable(
                name: "batches");

            migrationBuilder.DropTable(
                name: "configuration_versions");

            migrationBuilder.DropTable(
                name: "dead_letters");

            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "gate_passages");

            migrationBuilder.DropTable(
                name: "gateway_streams");

            migrationBuilder.DropTable(
                name: "gateways");

            migrationBuilder.DropTable(
                name: "unknown_tags");

            migrationBuilder.DropTable(
                name: "work_orders");

            migrationBuilder.DropTable(
                name: "assets");
        }
    }
}

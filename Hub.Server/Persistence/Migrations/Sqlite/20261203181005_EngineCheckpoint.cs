using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrackHub.Hub.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EngineCheckpoint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "engine_checkpoint",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    format = table.Column<int>(type: "INTEGER", nullable: false),
                    event_clock = table.Column<string>(type: "TEXT", nullable: true),
                    saved_at = table.Column<string>(type: "TEXT", nullable: false),
                    document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engine_checkpoint", x => x.id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "engine_checkpoint");
        }
    }
}

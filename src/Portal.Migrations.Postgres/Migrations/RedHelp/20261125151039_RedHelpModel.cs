using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Migrations.Postgres.Migrations.RedHelp
{
    /// <inheritdoc />
    public partial class RedHelpModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "redhelp_assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    HelperUserId = table.Column<string>(type: "text", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AssignedByUserId = table.Column<string>(type: "text", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redhelp_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "redhelp_demands",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "text", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Urgency = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    LeadUnitId = table.Column<int>(type: "integer", nullable: true),
                    HandlerUserId = table.Column<string>(type: "text", nullable: true),
                    CoHandlingUnitIds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Resolution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    RatingComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VisitId = table.Column<int>(type: "integer", nullable: true),
                    RovingSessionId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redhelp_demands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "redhelp_reminder_deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    RecipientUserId = table.Column<string>(type: "text", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redhelp_reminder_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "redhelp_roving_sessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Units = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Topics = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redhelp_roving_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "redhelp_roving_signups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Problems = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Attended = table.Column<bool>(type: "boolean", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redhelp_roving_signups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "redhelp_units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    TownId = table.Column<int>(type: "integer", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redhelp_units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "redhelp_visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HelperUserId = table.Column<string>(type: "text", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redhelp_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "redhelp_demand_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DemandId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<string>(type: "text", nullable: false),
                    FromState = table.Column<int>(type: "integer", nullable: true),
                    ToState = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IsInternal = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redhelp_demand_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_redhelp_demand_events_redhelp_demands_DemandId",
                        column: x => x.DemandId,
                        principalTable: "redhelp_demands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "redhelp_helpers",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OfficePhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redhelp_helpers", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_redhelp_helpers_redhelp_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "redhelp_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_redhelp_assignments_current",
                table: "redhelp_assignments",
                column: "EnterpriseId",
                unique: true,
                filter: "\"EndedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_redhelp_assignments_HelperUserId_EndedAt",
                table: "redhelp_assignments",
                columns: new[] { "HelperUserId", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_redhelp_demand_events_DemandId_At",
                table: "redhelp_demand_events",
                columns: new[] { "DemandId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_redhelp_demands_Category_State",
                table: "redhelp_demands",
                columns: new[] { "Category", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_redhelp_demands_EnterpriseId_CreatedAt",
                table: "redhelp_demands",
                columns: new[] { "EnterpriseId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_redhelp_demands_HandlerUserId_State",
                table: "redhelp_demands",
                columns: new[] { "HandlerUserId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_redhelp_demands_State_CreatedAt",
                table: "redhelp_demands",
                columns: new[] { "State", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_redhelp_helpers_UnitId",
                table: "redhelp_helpers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_redhelp_reminder_deliveries_Month_RecipientUserId_Channel",
                table: "redhelp_reminder_deliveries",
                columns: new[] { "Month", "RecipientUserId", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_redhelp_reminder_deliveries_State_Id",
                table: "redhelp_reminder_deliveries",
                columns: new[] { "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_redhelp_roving_sessions_StartsAt",
                table: "redhelp_roving_sessions",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_redhelp_roving_signups_SessionId_EnterpriseId",
                table: "redhelp_roving_signups",
                columns: new[] { "SessionId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_redhelp_units_Name",
                table: "redhelp_units",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_redhelp_visits_EnterpriseId_VisitedOn",
                table: "redhelp_visits",
                columns: new[] { "EnterpriseId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_redhelp_visits_HelperUserId_VisitedOn",
                table: "redhelp_visits",
                columns: new[] { "HelperUserId", "VisitedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "redhelp_assignments");

            migrationBuilder.DropTable(
                name: "redhelp_demand_events");

            migrationBuilder.DropTable(
                name: "redhelp_helpers");

            migrationBuilder.DropTable(
                name: "redhelp_reminder_deliveries");

            migrationBuilder.DropTable(
                name: "redhelp_roving_sessions");

            migrationBuilder.DropTable(
                name: "redhelp_roving_signups");

            migrationBuilder.DropTable(
                name: "redhelp_visits");

            migrationBuilder.DropTable(
                name: "redhelp_demands");

            migrationBuilder.DropTable(
                name: "redhelp_units");
        }
    }
}

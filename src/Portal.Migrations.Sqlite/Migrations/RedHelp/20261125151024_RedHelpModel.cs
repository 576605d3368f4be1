using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations.RedHelp
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    HelperUserId = table.Column<string>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AssignedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redhelp_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "redhelp_demands",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Urgency = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    LeadUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    HandlerUserId = table.Column<string>(type: "TEXT", nullable: true),
                    CoHandlingUnitIds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: true),
                    RovingSessionId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redhelp_demands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "redhelp_reminder_deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    RecipientUserId = table.Column<string>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redhelp_reminder_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "redhelp_roving_sessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Units = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redhelp_roving_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "redhelp_roving_signups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Problems = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redhelp_roving_signups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "redhelp_units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    TownId = table.Column<int>(type: "INTEGER", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redhelp_units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "redhelp_visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HelperUserId = table.Column<string>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redhelp_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "redhelp_demand_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DemandId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorUserId = table.Column<string>(type: "TEXT", nullable: false),
                    FromState = table.Column<int>(type: "INTEGER", nullable: true),
                    ToState = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsInternal = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OfficePhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
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

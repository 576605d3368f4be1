using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations.Expo
{
    /// <inheritdoc />
    public partial class ExpoModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "expo_applications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExpoId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantUserId = table.Column<string>(type: "TEXT", nullable: false),
                    Products = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    BoothId = table.Column<int>(type: "INTEGER", nullable: true),
                    OfferExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CheckInCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CheckedInAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expo_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "expo_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExpoId = table.Column<int>(type: "INTEGER", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorUserId = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expo_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "expo_halls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Floor = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AreaSquareMetres = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    PhotoKey = table.Column<string>(type: "TEXT", nullable: true),
                    PhotoWidth = table.Column<int>(type: "INTEGER", nullable: false),
                    PhotoHeight = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanWidth = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanHeight = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expo_halls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "expo_spaces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaSquareMetres = table.Column<int>(type: "INTEGER", nullable: false),
                    MinDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxDays = table.Column<int>(type: "INTEGER", nullable: false),
                    LeadDays = table.Column<int>(type: "INTEGER", nullable: false),
                    PhotoKey = table.Column<string>(type: "TEXT", nullable: true),
                    PhotoWidth = table.Column<int>(type: "INTEGER", nullable: false),
                    PhotoHeight = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expo_spaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "expo_preferences",
                columns: table => new
                {
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    BoothId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expo_preferences", x => new { x.ApplicationId, x.BoothId });
                    table.ForeignKey(
                        name: "FK_expo_preferences_expo_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "expo_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "expo_booths",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HallId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AreaSquareMetres = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Zone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    X = table.Column<int>(type: "INTEGER", nullable: false),
                    Y = table.Column<int>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Rotation = table.Column<int>(type: "INTEGER", nullable: false),
                    HasPower = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IsBlocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    BlockReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expo_booths", x => x.Id);
                    table.ForeignKey(
                        name: "FK_expo_booths_expo_halls_HallId",
                        column: x => x.HallId,
                        principalTable: "expo_halls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "expo_expos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HallId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationsOpenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApplicationsCloseAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BoothCap = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    CoverKey = table.Column<string>(type: "TEXT", nullable: true),
                    CoverWidth = table.Column<int>(type: "INTEGER", nullable: false),
                    CoverHeight = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expo_expos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_expo_expos_expo_halls_HallId",
                        column: x => x.HallId,
                        principalTable: "expo_halls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "expo_bookings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expo_bookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_expo_bookings_expo_spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "expo_spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "expo_offered_booths",
                columns: table => new
                {
                    ExpoId = table.Column<int>(type: "INTEGER", nullable: false),
                    BoothId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expo_offered_booths", x => new { x.ExpoId, x.BoothId });
                    table.ForeignKey(
                        name: "FK_expo_offered_booths_expo_booths_BoothId",
                        column: x => x.BoothId,
                        principalTable: "expo_booths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_expo_offered_booths_expo_expos_ExpoId",
                        column: x => x.ExpoId,
                        principalTable: "expo_expos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_expo_applications_CheckInCode",
                table: "expo_applications",
                column: "CheckInCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_expo_applications_EnterpriseId_ExpoId",
                table: "expo_applications",
                columns: new[] { "EnterpriseId", "ExpoId" });

            migrationBuilder.CreateIndex(
                name: "IX_expo_applications_ExpoId_State_CreatedAt",
                table: "expo_applications",
                columns: new[] { "ExpoId", "State", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_expo_booth_applications_one_holder",
                table: "expo_applications",
                columns: new[] { "ExpoId", "BoothId" },
                unique: true,
                filter: "\"State\" IN (1, 5)");

            migrationBuilder.CreateIndex(
                name: "IX_expo_audit_ExpoId_At",
                table: "expo_audit",
                columns: new[] { "ExpoId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_expo_bookings_EnterpriseId_CreatedAt",
                table: "expo_bookings",
                columns: new[] { "EnterpriseId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_expo_bookings_SpaceId_State_StartsOn",
                table: "expo_bookings",
                columns: new[] { "SpaceId", "State", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_expo_booths_HallId_Code",
                table: "expo_booths",
                columns: new[] { "HallId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_expo_expos_HallId",
                table: "expo_expos",
                column: "HallId");

            migrationBuilder.CreateIndex(
                name: "IX_expo_expos_Slug",
                table: "expo_expos",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_expo_expos_State_StartsOn",
                table: "expo_expos",
                columns: new[] { "State", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_expo_halls_Slug",
                table: "expo_halls",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_expo_offered_booths_BoothId",
                table: "expo_offered_booths",
                column: "BoothId");

            migrationBuilder.CreateIndex(
                name: "IX_expo_spaces_Slug",
                table: "expo_spaces",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "expo_audit");

            migrationBuilder.DropTable(
                name: "expo_bookings");

            migrationBuilder.DropTable(
                name: "expo_offered_booths");

            migrationBuilder.DropTable(
                name: "expo_preferences");

            migrationBuilder.DropTable(
                name: "expo_spaces");

            migrationBuilder.DropTable(
                name: "expo_booths");

            migrationBuilder.DropTable(
                name: "expo_expos");

            migrationBuilder.DropTable(
                name: "expo_applications");

            migrationBuilder.DropTable(
                name: "expo_halls");
        }
    }
}

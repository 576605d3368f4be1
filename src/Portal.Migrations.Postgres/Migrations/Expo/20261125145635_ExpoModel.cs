using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Migrations.Postgres.Migrations.Expo
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExpoId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    ApplicantUserId = table.Column<string>(type: "text", nullable: false),
                    Products = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    BoothId = table.Column<int>(type: "integer", nullable: true),
                    OfferExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CheckInCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CheckedInAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expo_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "expo_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExpoId = table.Column<int>(type: "integer", nullable: true),
                    Subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubjectId = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActorUserId = table.Column<string>(type: "text", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expo_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "expo_halls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Slug = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Floor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AreaSquareMetres = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    PhotoKey = table.Column<string>(type: "text", nullable: true),
                    PhotoWidth = table.Column<int>(type: "integer", nullable: false),
                    PhotoHeight = table.Column<int>(type: "integer", nullable: false),
                    PlanWidth = table.Column<int>(type: "integer", nullable: false),
                    PlanHeight = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expo_halls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "expo_spaces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Slug = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    AreaSquareMetres = table.Column<int>(type: "integer", nullable: false),
                    MinDays = table.Column<int>(type: "integer", nullable: false),
                    MaxDays = table.Column<int>(type: "integer", nullable: false),
                    LeadDays = table.Column<int>(type: "integer", nullable: false),
                    PhotoKey = table.Column<string>(type: "text", nullable: true),
                    PhotoWidth = table.Column<int>(type: "integer", nullable: false),
                    PhotoHeight = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expo_spaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "expo_preferences",
                columns: table => new
                {
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    BoothId = table.Column<int>(type: "integer", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HallId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AreaSquareMetres = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Zone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    X = table.Column<int>(type: "integer", nullable: false),
                    Y = table.Column<int>(type: "integer", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    Rotation = table.Column<int>(type: "integer", nullable: false),
                    HasPower = table.Column<bool>(type: "boolean", nullable: false),
                    Notes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IsBlocked = table.Column<bool>(type: "boolean", nullable: false),
                    BlockReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Theme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HallId = table.Column<int>(type: "integer", nullable: false),
                    ApplicationsOpenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ApplicationsCloseAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    BoothCap = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    CoverKey = table.Column<string>(type: "text", nullable: true),
                    CoverWidth = table.Column<int>(type: "integer", nullable: false),
                    CoverHeight = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SpaceId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    RequestedByUserId = table.Column<string>(type: "text", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    ExpoId = table.Column<int>(type: "integer", nullable: false),
                    BoothId = table.Column<int>(type: "integer", nullable: false)
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

            // Two approved bookings of one space never overlap: PostgreSQL refuses it itself (ADR 0004).
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql(
                "ALTER TABLE expo_bookings ADD CONSTRAINT expo_bookings_no_overlap EXCLUDE USING gist "
                + "(\"SpaceId\" WITH =, daterange(\"StartsOn\", \"EndsOn\", '[]') WITH &&) WHERE (\"State\" = 1);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE expo_bookings DROP CONSTRAINT IF EXISTS expo_bookings_no_overlap;");

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

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations.Policies
{
    /// <inheritdoc />
    public partial class PoliciesModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "policy_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "policy_policies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuingDepartment = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportArea = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportType = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetSegments = table.Column<string>(type: "TEXT", nullable: false),
                    TargetSizes = table.Column<string>(type: "TEXT", nullable: false),
                    RequiresAboveDesignatedSize = table.Column<bool>(type: "INTEGER", nullable: true),
                    TownIds = table.Column<string>(type: "TEXT", nullable: false),
                    FoundedBeforeYear = table.Column<int>(type: "INTEGER", nullable: true),
                    FoundedAfterYear = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxAmountWan = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GrantedWithoutApplication = table.Column<bool>(type: "INTEGER", nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AcceptanceAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MajorChangeAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_policies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "policy_projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LeadUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ClaimingUnits = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "policy_resources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvidingUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Segments = table.Column<string>(type: "TEXT", nullable: false),
                    Categories = table.Column<string>(type: "TEXT", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_resources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "policy_attachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_policy_attachments_policy_policies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "policy_policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "policy_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    IsMajor = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    EditedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EditedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_policy_versions_policy_policies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "policy_policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "policy_project_progress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_project_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_policy_project_progress_policy_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "policy_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_policy_attachments_PolicyId",
                table: "policy_attachments",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_policy_audit_At",
                table: "policy_audit",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_policy_audit_EntityKind_EntityId",
                table: "policy_audit",
                columns: new[] { "EntityKind", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_policy_policies_Slug",
                table: "policy_policies",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_policy_policies_State_ClosesOn",
                table: "policy_policies",
                columns: new[] { "State", "ClosesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_policy_policies_State_PublishAt",
                table: "policy_policies",
                columns: new[] { "State", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_policy_policies_State_PublishedAt",
                table: "policy_policies",
                columns: new[] { "State", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_policy_project_progress_ProjectId_Date",
                table: "policy_project_progress",
                columns: new[] { "ProjectId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_policy_projects_Year_State",
                table: "policy_projects",
                columns: new[] { "Year", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_policy_resources_Published_Kind",
                table: "policy_resources",
                columns: new[] { "Published", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_policy_versions_PolicyId_Number",
                table: "policy_versions",
                columns: new[] { "PolicyId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "policy_attachments");

            migrationBuilder.DropTable(
                name: "policy_audit");

            migrationBuilder.DropTable(
                name: "policy_project_progress");

            migrationBuilder.DropTable(
                name: "policy_resources");

            migrationBuilder.DropTable(
                name: "policy_versions");

            migrationBuilder.DropTable(
                name: "policy_projects");

            migrationBuilder.DropTable(
                name: "policy_policies");
        }
    }
}

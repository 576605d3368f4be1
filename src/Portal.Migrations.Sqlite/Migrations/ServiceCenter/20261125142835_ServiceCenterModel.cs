using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations.ServiceCenter
{
    /// <inheritdoc />
    public partial class ServiceCenterModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "center_halls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Floor = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AreaSquareMetres = table.Column<int>(type: "INTEGER", nullable: false),
                    PhotoKey = table.Column<string>(type: "TEXT", nullable: true),
                    PhotoWidth = table.Column<int>(type: "INTEGER", nullable: false),
                    PhotoHeight = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_center_halls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "center_news",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CoverKey = table.Column<string>(type: "TEXT", nullable: true),
                    CoverWidth = table.Column<int>(type: "INTEGER", nullable: false),
                    CoverHeight = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_center_news", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "center_pages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_center_pages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "center_services",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_center_services", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "center_showcases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", nullable: false),
                    LogoKey = table.Column<string>(type: "TEXT", nullable: true),
                    LogoWidth = table.Column<int>(type: "INTEGER", nullable: false),
                    LogoHeight = table.Column<int>(type: "INTEGER", nullable: false),
                    Brands = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Honours = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewerUserId = table.Column<string>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_center_showcases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "center_appointments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    PreferredFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PreferredTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Need = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    ScheduledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_center_appointments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_center_appointments_center_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "center_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "center_products",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ShowcaseVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_center_products", x => x.Id);
                    table.ForeignKey(
                        name: "FK_center_products_center_showcases_ShowcaseVersionId",
                        column: x => x.ShowcaseVersionId,
                        principalTable: "center_showcases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "center_product_images",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Alt = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_center_product_images", x => x.Id);
                    table.ForeignKey(
                        name: "FK_center_product_images_center_products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "center_products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_center_appointments_EnterpriseId_CreatedAt",
                table: "center_appointments",
                columns: new[] { "EnterpriseId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_center_appointments_ServiceId",
                table: "center_appointments",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_center_appointments_State_CreatedAt",
                table: "center_appointments",
                columns: new[] { "State", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_center_halls_Slug",
                table: "center_halls",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_center_news_Category_State_PublishedAt",
                table: "center_news",
                columns: new[] { "Category", "State", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_center_news_Slug",
                table: "center_news",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_center_news_State_PublishedAt",
                table: "center_news",
                columns: new[] { "State", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_center_pages_Key",
                table: "center_pages",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_center_product_images_ProductId",
                table: "center_product_images",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_center_products_ShowcaseVersionId",
                table: "center_products",
                column: "ShowcaseVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_center_services_Slug",
                table: "center_services",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_center_showcase_versions_published",
                table: "center_showcases",
                column: "EnterpriseId",
                unique: true,
                filter: "\"State\" = 2");

            migrationBuilder.CreateIndex(
                name: "IX_center_showcase_versions_working",
                table: "center_showcases",
                column: "EnterpriseId",
                unique: true,
                filter: "\"State\" IN (0, 1)");

            migrationBuilder.CreateIndex(
                name: "IX_center_showcases_EnterpriseId_Number",
                table: "center_showcases",
                columns: new[] { "EnterpriseId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "center_appointments");

            migrationBuilder.DropTable(
                name: "center_halls");

            migrationBuilder.DropTable(
                name: "center_news");

            migrationBuilder.DropTable(
                name: "center_pages");

            migrationBuilder.DropTable(
                name: "center_product_images");

            migrationBuilder.DropTable(
                name: "center_services");

            migrationBuilder.DropTable(
                name: "center_products");

            migrationBuilder.DropTable(
                name: "center_showcases");
        }
    }
}

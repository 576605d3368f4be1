using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations.Policies
{
    /// <inheritdoc />
    public partial class PolicyFinder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "policy_closing_reminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_closing_reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "policy_deliveries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubscriptionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DigestKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "policy_search",
                columns: table => new
                {
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Terms = table.Column<string>(type: "TEXT", nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportArea = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportType = table.Column<int>(type: "INTEGER", nullable: false),
                    SegmentMask = table.Column<int>(type: "INTEGER", nullable: false),
                    SizeMask = table.Column<int>(type: "INTEGER", nullable: false),
                    GrantedWithoutApplication = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_search", x => x.PolicyId);
                });

            migrationBuilder.CreateTable(
                name: "policy_subscriptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Filter = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Frequency = table.Column<int>(type: "INTEGER", nullable: false),
                    UnsubscribeToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CancelledAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_subscriptions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_policy_closing_reminders_PolicyId_EnterpriseId",
                table: "policy_closing_reminders",
                columns: new[] { "PolicyId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_policy_deliveries_SentAt",
                table: "policy_deliveries",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_policy_deliveries_SubscriptionId_PolicyId_PolicyVersion",
                table: "policy_deliveries",
                columns: new[] { "SubscriptionId", "PolicyId", "PolicyVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_policy_search_PublishedAt",
                table: "policy_search",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_policy_search_Revision",
                table: "policy_search",
                column: "Revision");

            migrationBuilder.CreateIndex(
                name: "IX_policy_subscriptions_UnsubscribeToken",
                table: "policy_subscriptions",
                column: "UnsubscribeToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_policy_subscriptions_UserId",
                table: "policy_subscriptions",
                column: "UserId");

            // The finder's full-text index: FTS5 over policy_search.Terms (bigram tokens, see ChineseBigrams), rowid = PolicyId.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE policy_search_fts USING fts5(Terms, tokenize = 'unicode61 remove_diacritics 0');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS policy_search_fts;");

            migrationBuilder.DropTable(
                name: "policy_closing_reminders");

            migrationBuilder.DropTable(
                name: "policy_deliveries");

            migrationBuilder.DropTable(
                name: "policy_search");

            migrationBuilder.DropTable(
                name: "policy_subscriptions");
        }
    }
}

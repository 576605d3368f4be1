using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Migrations.Postgres.Migrations.Policies
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PolicyId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_closing_reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "policy_deliveries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubscriptionId = table.Column<int>(type: "integer", nullable: false),
                    PolicyId = table.Column<int>(type: "integer", nullable: false),
                    PolicyVersion = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DigestKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "policy_search",
                columns: table => new
                {
                    PolicyId = table.Column<int>(type: "integer", nullable: false),
                    Terms = table.Column<string>(type: "text", nullable: false),
                    Department = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    SupportArea = table.Column<int>(type: "integer", nullable: false),
                    SupportType = table.Column<int>(type: "integer", nullable: false),
                    SegmentMask = table.Column<int>(type: "integer", nullable: false),
                    SizeMask = table.Column<int>(type: "integer", nullable: false),
                    GrantedWithoutApplication = table.Column<bool>(type: "boolean", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Revision = table.Column<long>(type: "bigint", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_search", x => x.PolicyId);
                });

            migrationBuilder.CreateTable(
                name: "policy_subscriptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Filter = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    Frequency = table.Column<int>(type: "integer", nullable: false),
                    UnsubscribeToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CancelledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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

            // The finder's full-text index: a tsvector of policy_search.Terms (bigram tokens, see ChineseBigrams) with a GIN index.
            migrationBuilder.Sql("ALTER TABLE policy_search ADD COLUMN \"TermsVector\" tsvector GENERATED ALWAYS AS (to_tsvector('simple', \"Terms\")) STORED;");
            migrationBuilder.Sql("CREATE INDEX \"IX_policy_search_TermsVector\" ON policy_search USING gin (\"TermsVector\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_policy_search_TermsVector\";");

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

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jingyuan.Cms.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MonthlyLedgers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishedUtc",
                table: "ContentItems",
                type: "TEXT",
                nullable: true);

            // Versions archived before this column existed: replaced when the next version was published.
            migrationBuilder.Sql("""
                UPDATE "ContentItems" SET "UnpublishedUtc" = (SELECT MIN(n."PublishedUtc") FROM "ContentItems" n WHERE n."ContentItemId" = "ContentItems"."ContentItemId" AND n."Number" > "ContentItems"."Number" AND n."PublishedUtc" > "ContentItems"."PublishedUtc" AND (n."Published" = 1 OR n."Status" = 4)) WHERE "Status" = 4 AND "PublishedUtc" IS NOT NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UnpublishedUtc",
                table: "ContentItems");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jingyuan.Cms.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublicTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    TallyKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Township = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Persons = table.Column<int>(type: "INTEGER", nullable: false),
                    Positive = table.Column<int>(type: "INTEGER", nullable: false),
                    TallyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ComputedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicTallies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublicTallies_Year_TallyKey",
                table: "PublicTallies",
                columns: new[] { "Year", "TallyKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublicTallies");
        }
    }
}

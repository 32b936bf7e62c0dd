using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jingyuan.Cms.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChapterKit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdminTargetRules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TargetKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RuleJson = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdminTargetRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContentDefinitionVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentDefinitionVersion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentGrants",
                columns: table => new
                {
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Permission = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Granted = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentGrants", x => new { x.DepartmentId, x.Permission });
                });

            migrationBuilder.CreateTable(
                name: "TargetFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    RecordCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", nullable: false),
                    SourceIds = table.Column<string>(type: "TEXT", nullable: false),
                    ComputedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RuleHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetFigures", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ContentDefinitionVersion",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_AdminTargetRules_TargetKey",
                table: "AdminTargetRules",
                column: "TargetKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TargetFigures_Year_TargetKey",
                table: "TargetFigures",
                columns: new[] { "Year", "TargetKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdminTargetRules");

            migrationBuilder.DropTable(
                name: "ContentDefinitionVersion");

            migrationBuilder.DropTable(
                name: "DepartmentGrants");

            migrationBuilder.DropTable(
                name: "TargetFigures");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jingyuan.Cms.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TargetKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RuleJson = table.Column<string>(type: "text", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdminTargetRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContentDefinitionVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentDefinitionVersion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentGrants",
                columns: table => new
                {
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Permission = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Granted = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentGrants", x => new { x.DepartmentId, x.Permission });
                });

            migrationBuilder.CreateTable(
                name: "TargetFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    TargetKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    RecordCount = table.Column<int>(type: "integer", nullable: false),
                    Explanation = table.Column<string>(type: "text", nullable: false),
                    SourceIds = table.Column<string>(type: "text", nullable: false),
                    ComputedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RuleHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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

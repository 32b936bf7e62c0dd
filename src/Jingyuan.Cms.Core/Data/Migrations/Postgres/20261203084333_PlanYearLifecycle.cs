using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jingyuan.Cms.Data.Migrations.Postgres
{
    /// <summary>Plan-year lifecycle, 文号, 包抓 levels and the reporting calendar; existing rows: published, county, 月报 due on the 5th.</summary>
    public partial class PlanYearLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "SiteLeaders",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "County");

            migrationBuilder.AddColumn<string>(
                name: "DocumentNumber",
                table: "PlanYears",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsPublished",
                table: "PlanYears",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "Cadence",
                table: "PlanTargets",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Monthly");

            migrationBuilder.AddColumn<int>(
                name: "DueDay",
                table: "PlanTargets",
                type: "integer",
                nullable: false,
                defaultValue: 5);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Level",
                table: "SiteLeaders");

            migrationBuilder.DropColumn(
                name: "DocumentNumber",
                table: "PlanYears");

            migrationBuilder.DropColumn(
                name: "IsPublished",
                table: "PlanYears");

            migrationBuilder.DropColumn(
                name: "Cadence",
                table: "PlanTargets");

            migrationBuilder.DropColumn(
                name: "DueDay",
                table: "PlanTargets");
        }
    }
}

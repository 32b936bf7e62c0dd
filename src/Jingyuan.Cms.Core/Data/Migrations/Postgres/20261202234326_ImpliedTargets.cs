using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jingyuan.Cms.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ImpliedTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Implied",
                table: "PlanTargets",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Implied",
                table: "PlanTargets");
        }
    }
}

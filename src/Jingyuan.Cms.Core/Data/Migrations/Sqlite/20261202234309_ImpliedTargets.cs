using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jingyuan.Cms.Data.Migrations.Sqlite
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
                type: "INTEGER",
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

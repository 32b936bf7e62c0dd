using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jingyuan.Cms.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DepartmentRecordGrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DepartmentGrants");
        }
    }
}

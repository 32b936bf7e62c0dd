using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jingyuan.Cms.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_DepartmentId_OccurredUtc",
                table: "AuditEvents",
                columns: new[] { "DepartmentId", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_EventName_OccurredUtc",
                table: "AuditEvents",
                columns: new[] { "EventName", "OccurredUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_DepartmentId_OccurredUtc",
                table: "AuditEvents");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_EventName_OccurredUtc",
                table: "AuditEvents");
        }
    }
}

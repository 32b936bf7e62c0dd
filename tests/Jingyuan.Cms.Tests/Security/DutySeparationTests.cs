using System.Net;
using ClosedXML.Excel;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Admin;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>三权分立: system administrator, security administrator and auditor each keep to their duty.</summary>
public sealed class DutySeparationTests
{
    private static Task<CmsRole> RoleAsync(CmsWebFactory site, string name) =>
        site.WithServicesAsync(async sp => (await sp.GetRequiredService<RoleManager<CmsRole>>().FindByNameAsync(name))!);

    private static Task<IReadOnlySet<string>> GrantsAsync(CmsWebFactory site, string role) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<PermissionGrants>().PermissionsOfRoleAsync(role));

    [Fact]
    public async Task The_system_administrator_neither_reads_the_audit_trail_nor_manages_accounts()
    {
        await using var site = new CmsWebFactory();
        using var admin = await site.LoginAsync("admin");
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

        foreach (var page in new[] { "/admin/audit", "/admin/audit/1", $"/admin/audit/export?from={today}&to={today}", "/admin/users", "/admin/roles" })
            Assert.True(AdminPages.IsDenied(await admin.GetAsync(page)), page);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/modules")).StatusCode);
    }

    [Fact]
    public async Task The_first_security_administrator_manages_accounts_and_roles_but_not_the_audit_trail()
    {
        await using var site = new CmsWebFactory();
        using var security = await site.LoginAsync("secadmin");

        Assert.Equal(HttpStatusCode.OK, (await security.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await security.GetAsync("/admin/roles")).StatusCode);
        Assert.True(AdminPages.IsDenied(await security.GetAsync("/admin/audit")));
        Assert.True(AdminPages.IsDenied(await security.GetAsync("/admin/modules")));
    }

    [Fact]
    public async Task Audit_permissions_cannot_be_granted_to_a_role_with_other_duties()
    {
        await using var site = new CmsWebFactory();
        using var security = await site.LoginAsync("secadmin");
        var role = await RoleAsync(site, BuiltInRoles.SecurityAdministrator);
        var page = $"/admin/roles/{role.Id}/permissions";

        var response = await security.PostFieldsAsync(page, page,
            ("permissions", "AccessAdmin"), ("permissions", "ManageRoles"), ("permissions", "ManageUsers"), ("permissions", "ViewAuditTrail"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("三权分立", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.DoesNotContain("ViewAuditTrail", await GrantsAsync(site, BuiltInRoles.SecurityAdministrator));

        // The rule is the service's, whoever calls it.
        var admin = await RoleAsync(site, BuiltInRoles.Administrator);
        await Assert.ThrowsAsync<DutySeparationException>(() => site.WithServicesAsync(async sp =>
        {
            var grants = sp.GetRequiredService<PermissionGrants>();
            await grants.SetRolePermissionsAsync(admin.Id, [.. await grants.PermissionsOfRoleAsync(BuiltInRoles.Administrator), "ViewAuditTrail"]);
        }));
        var auditor = await RoleAsync(site, BuiltInRoles.Auditor);
        await Assert.ThrowsAsync<DutySeparationException>(() => site.WithServicesAsync(sp =>
            sp.GetRequiredService<PermissionGrants>().SetRolePermissionsAsync(auditor.Id, ["AccessAdmin", "ViewAuditTrail", "ManageContentTypes"])));
    }

    [Fact]
    public async Task A_user_cannot_hold_the_auditor_role_with_an_administrator_role()
    {
        await using var site = new CmsWebFactory();
        using var security = await site.LoginAsync("secadmin");

        var response = await security.PostFieldsAsync("/admin/users/create", "/admin/users/create",
            ("UserName", "both"), ("DisplayName", "两者"), ("Password", "Both-Pass-2023"),
            ("Roles", BuiltInRoles.Auditor), ("Roles", BuiltInRoles.Administrator));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("三权分立", AdminPages.FieldError(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Roles"));
        Assert.Null(await site.WithServicesAsync(sp => sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync("both")));
    }

    [Fact]
    public async Task An_older_database_moves_accounts_and_audit_away_from_the_administrator_role()
    {
        await using var site = new CmsWebFactory();
        var admin = await RoleAsync(site, BuiltInRoles.Administrator);
        var security = await RoleAsync(site, BuiltInRoles.SecurityAdministrator);
        // As a database made before 三权分立 had it.
        await site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            db.RoleClaims.AddRange(new[] { "ManageUsers", "ManageRoles", "ViewAuditTrail" }.Select(p =>
                new IdentityRoleClaim<string> { RoleId = admin.Id, ClaimType = PermissionGrants.ClaimType, ClaimValue = p }));
            db.RoleClaims.RemoveRange(db.RoleClaims.Where(c => c.RoleId == security.Id));
            await db.SaveChangesAsync();
            sp.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>().Remove("role-permissions");
        });

        await site.WithServicesAsync(sp => ActivatorUtilities.CreateInstance<DutySeparationMigration>(sp).CreateAsync());

        var adminGrants = await GrantsAsync(site, BuiltInRoles.Administrator);
        Assert.DoesNotContain("ManageUsers", adminGrants);
        Assert.DoesNotContain("ViewAuditTrail", adminGrants);
        Assert.Contains("ManageModules", adminGrants);
        Assert.Superset(new HashSet<string> { "AccessAdmin", "ManageUsers", "ManageRoles" }, (await GrantsAsync(site, BuiltInRoles.SecurityAdministrator)).ToHashSet());
    }
}

public sealed class AuditExportTests
{
    private static async Task<TestClient> AuditorAsync(CmsWebFactory site)
    {
        await site.CreateUserAsync("auditor1", BuiltInRoles.Auditor);
        await site.WithServicesAsync(async sp =>
        {
            var audit = sp.GetRequiredService<IAuditTrail>();
            foreach (var summary in new[] { "=HYPERLINK(\"http://x\",\"y\")", "-2+3", "+1+cmd|calc", "@SUM(A1)", "普通摘要" })
                await audit.RecordAsync(new AuditEntry(AuditEvents.PlanChanged, summary), "tester");
        });
        return await site.LoginAsync("auditor1");
    }

    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

    [Theory, ClassData(typeof(Databases))]
    public async Task The_auditor_exports_a_date_range_as_csv_with_a_bom_and_neutralised_formulas_and_the_export_is_audited(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        using var auditor = await AuditorAsync(site);

        var response = await auditor.GetAsync($"/admin/audit/export?from={Today}&to={Today}&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", text);
        Assert.Contains(",'-2+3,", text);
        Assert.Contains(",'+1+cmd|calc,", text);
        Assert.Contains(",'@SUM(A1),", text);
        Assert.Contains(",普通摘要,", text);
        var exported = Assert.Single(await site.AuditAsync(AuditEvents.AuditExported));
        Assert.Equal("auditor1", exported.UserName);
        var rows = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
        Assert.Contains($"{rows} 条", exported.Summary);
    }

    [Fact]
    public async Task The_xlsx_export_holds_text_not_formulas()
    {
        await using var site = new CmsWebFactory();
        using var auditor = await AuditorAsync(site);

        var response = await auditor.GetAsync($"/admin/audit/export?from={Today}&to={Today}&format=xlsx");

        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        var cells = book.Worksheet(1).CellsUsed().ToList();
        Assert.DoesNotContain(cells, c => c.HasFormula);
        Assert.Contains(cells, c => c.GetString() == "=HYPERLINK(\"http://x\",\"y\")" && c.Style.IncludeQuotePrefix);
        Assert.Contains(cells, c => c.GetString() == "-2+3" && c.Style.IncludeQuotePrefix);
        Assert.Single(await site.AuditAsync(AuditEvents.AuditExported));
    }

    [Fact]
    public async Task An_export_without_a_date_range_is_refused_with_a_message_and_not_recorded()
    {
        await using var site = new CmsWebFactory();
        using var auditor = await AuditorAsync(site);

        var page = await auditor.GetPageAsync("/admin/audit/export?format=csv");

        Assert.Contains("导出前请选择起始日期", page);
        Assert.Empty(await site.AuditAsync(AuditEvents.AuditExported));
    }
}

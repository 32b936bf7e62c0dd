using System.Net;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Admin;

public sealed class RoleAdminTests
{
    private static Task<CmsRole> RoleAsync(CmsWebFactory site, string name) =>
        site.WithServicesAsync(async sp => (await sp.GetRequiredService<RoleManager<CmsRole>>().FindByNameAsync(name))!);

    [Theory, ClassData(typeof(Databases))]
    public async Task A_permission_change_applies_at_once_and_is_audited_with_a_diff(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await site.CreateUserAsync("auditor", BuiltInRoles.Auditor);
        var auditor = await site.LoginAsync("auditor");
        Assert.True(AdminPages.IsDenied(await auditor.GetAsync("/admin/departments")));

        var admin = await site.LoginAsync("secadmin");
        var role = await RoleAsync(site, BuiltInRoles.Auditor);
        var page = $"/admin/roles/{role.Id}/permissions";
        var matrix = await admin.GetPageAsync(page);
        Assert.Contains("系统", matrix);
        Assert.Contains("管理部门", matrix);

        // Grant ManageDepartments, withdraw ViewAuditTrail.
        var response = await admin.PostFieldsAsync(page, page, ("permissions", "AccessAdmin"), ("permissions", "ManageDepartments"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var granted = await site.WithServicesAsync(sp => sp.GetRequiredService<PermissionGrants>().PermissionsOfRoleAsync(BuiltInRoles.Auditor));
        Assert.Equal(["AccessAdmin", "ManageDepartments"], granted.Order());
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/admin/departments")).StatusCode);

        var change = Assert.Single(await site.AuditAsync(AuditEvents.PermissionChanged));
        Assert.Equal("secadmin", change.UserName);
        Assert.Contains(BuiltInRoles.Auditor, change.Summary);
        var lines = change.Diff!.Split('\n');
        Assert.Contains("+ ManageDepartments（管理部门）", lines);
        Assert.Contains("- ViewAuditTrail（查看审计日志）", lines);
        Assert.DoesNotContain(lines, l => l.Contains("AccessAdmin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_security_administrator_role_keeps_the_rights_to_manage_roles()
    {
        await using var site = new CmsWebFactory();
        var admin = await site.LoginAsync("secadmin");
        var page = $"/admin/roles/{(await RoleAsync(site, BuiltInRoles.SecurityAdministrator)).Id}/permissions";

        var response = await admin.PostFieldsAsync(page, page, ("permissions", "AccessAdmin"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("必须保留", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("ManageRoles",
            await site.WithServicesAsync(sp => sp.GetRequiredService<PermissionGrants>().PermissionsOfRoleAsync(BuiltInRoles.SecurityAdministrator)));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Roles_are_created_renamed_and_deleted_but_built_in_roles_stay(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var admin = await site.LoginAsync("secadmin");

        var created = await admin.PostFormAsync("/admin/roles/create", "/admin/roles/create", new() { ["Name"] = "统计员", ["Description"] = "填报统计数据" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var duplicate = await admin.PostFormAsync("/admin/roles/create", "/admin/roles/create", new() { ["Name"] = "统计员" });
        Assert.Contains("已存在", AdminPages.FieldError(await duplicate.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Name"));

        var role = await RoleAsync(site, "统计员");
        var edit = $"/admin/roles/{role.Id}/edit";
        await admin.PostFormAsync(edit, edit, new() { ["Name"] = "统计填报员", ["Description"] = "填报统计数据" });
        Assert.Equal("统计填报员", (await site.WithServicesAsync(async sp => await sp.GetRequiredService<RoleManager<CmsRole>>().FindByIdAsync(role.Id)))!.Name);

        var builtIn = await RoleAsync(site, BuiltInRoles.Reviewer);
        var renameBuiltIn = await admin.PostFormAsync($"/admin/roles/{builtIn.Id}/edit", $"/admin/roles/{builtIn.Id}/edit", new() { ["Name"] = "改名" });
        Assert.Contains("不能改名", AdminPages.FieldError(await renameBuiltIn.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Name"));
        await admin.PostFormAsync("/admin/roles", $"/admin/roles/{builtIn.Id}/delete", []);
        Assert.Contains("不能删除", await admin.GetPageAsync("/admin/roles"));
        Assert.NotNull(await RoleAsync(site, BuiltInRoles.Reviewer));

        await admin.PostFormAsync("/admin/roles", $"/admin/roles/{role.Id}/delete", []);
        Assert.Null(await site.WithServicesAsync(async sp => await sp.GetRequiredService<RoleManager<CmsRole>>().FindByIdAsync(role.Id)));
        var summaries = (await site.AuditAsync(AuditEvents.RoleChanged)).Select(e => e.Summary).ToList();
        Assert.Equal(["新建角色 统计员", "修改角色 统计填报员", "删除角色 统计填报员"], summaries);
    }
}

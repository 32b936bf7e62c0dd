using System.Net;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Admin;

public sealed class UserAdminTests
{
    private static Task<CmsUser?> FindAsync(CmsWebFactory site, string userName) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(userName));

    [Fact]
    public async Task A_weak_initial_password_is_shown_next_to_the_password_field_and_nothing_is_created()
    {
        await using var site = new CmsWebFactory();
        var dept = await site.AddDepartmentAsync("乡村振兴局");
        var admin = await site.LoginAsync("secadmin");

        var response = await admin.PostFieldsAsync("/admin/users/create", "/admin/users/create",
            ("UserName", "weakling"), ("DisplayName", "弱密码用户"), ("DepartmentId", dept.ToString()),
            ("Roles", BuiltInRoles.DepartmentEditor), ("Password", "abc"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var error = AdminPages.FieldError(html, "Password");
        Assert.Contains("密码长度至少为 8 位", error);
        Assert.Contains("至少三类", error);
        Assert.Equal("", AdminPages.FieldError(html, "UserName"));
        Assert.Null(await FindAsync(site, "weakling"));
        Assert.Empty((await site.AuditAsync(AuditEvents.UserChanged)));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Creating_and_editing_a_user_is_audited_and_role_changes_renew_the_security_stamp(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var bureau = await site.AddDepartmentAsync("乡村振兴局");
        var township = await site.AddDepartmentAsync("新民乡", Departments.DepartmentKind.Township);
        var admin = await site.LoginAsync("secadmin");

        var created = await admin.PostFieldsAsync("/admin/users/create", "/admin/users/create",
            ("UserName", "zhangsan"), ("DisplayName", "张三"), ("DepartmentId", township.ToString()),
            ("Roles", BuiltInRoles.DepartmentEditor), ("Password", "Good-Pass-2023"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var user = await FindAsync(site, "zhangsan");
        Assert.NotNull(user);
        Assert.Equal(township, user.DepartmentId);
        var stamp = user.SecurityStamp;

        var list = await admin.GetPageAsync($"/admin/users?department={township}");
        Assert.Contains("张三", list);
        Assert.DoesNotContain("<td>admin</td>", list);
        Assert.Contains("张三", await admin.GetPageAsync($"/admin/users?role={Uri.EscapeDataString(BuiltInRoles.DepartmentEditor)}"));
        Assert.DoesNotContain("张三", await admin.GetPageAsync($"/admin/users?role={Uri.EscapeDataString(BuiltInRoles.Auditor)}"));

        var edit = $"/admin/users/{user.Id}/edit";
        var saved = await admin.PostFieldsAsync(edit, edit,
            ("DisplayName", "张三"), ("DepartmentId", bureau.ToString()), ("Roles", BuiltInRoles.Reviewer));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        user = await FindAsync(site, "zhangsan");
        Assert.Equal(bureau, user!.DepartmentId);
        Assert.NotEqual(stamp, user.SecurityStamp);
        var roles = await site.WithServicesAsync(sp => sp.GetRequiredService<UserManager<CmsUser>>().GetRolesAsync(user));
        Assert.Equal([BuiltInRoles.Reviewer], roles);

        var events = await site.AuditAsync(AuditEvents.UserChanged);
        Assert.Equal(2, events.Count);
        Assert.Contains("+ 用户名：zhangsan", events[0].Diff);
        Assert.Contains($"- 角色：{BuiltInRoles.DepartmentEditor}", events[1].Diff);
        Assert.Contains($"+ 角色：{BuiltInRoles.Reviewer}", events[1].Diff);
        Assert.Contains("- 部门：新民乡", events[1].Diff);
        Assert.Contains("+ 部门：乡村振兴局", events[1].Diff);
        Assert.DoesNotContain("显示名称", events[1].Diff);
    }

    [Fact]
    public async Task The_last_administrator_cannot_be_disabled()
    {
        await using var site = new CmsWebFactory();
        var admin = await site.LoginAsync("secadmin");
        var user = await FindAsync(site, "admin");
        var edit = $"/admin/users/{user!.Id}/edit";

        var response = await admin.PostFieldsAsync(edit, edit,
            ("DisplayName", "系统管理员"), ("Roles", BuiltInRoles.Administrator), ("Disabled", "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("至少要保留一个", AdminPages.FieldError(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Roles"));
        Assert.False((await FindAsync(site, "admin"))!.Disabled);
    }

    [Fact]
    public async Task Reset_password_validates_and_unlock_lifts_the_lockout()
    {
        await using var site = new CmsWebFactory();
        var target = await site.CreateUserAsync("lisi", BuiltInRoles.DepartmentEditor);
        var admin = await site.LoginAsync("secadmin");
        var page = $"/admin/users/{target.Id}/password";

        var weak = await admin.PostFormAsync(page, page, new() { ["Password"] = "short" });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("密码长度至少为 8 位", AdminPages.FieldError(await weak.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Password"));

        var strong = await admin.PostFormAsync(page, page, new() { ["Password"] = "New-Pass-2024" });
        Assert.Equal(HttpStatusCode.Redirect, strong.StatusCode);
        (await site.LoginAsync("lisi", "New-Pass-2024")).Dispose();

        await site.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync("lisi"))!, DateTimeOffset.UtcNow.AddMinutes(15));
        });
        Assert.Contains("解除锁定", await admin.GetPageAsync($"/admin/users/{target.Id}/edit"));
        var unlock = await admin.PostFormAsync($"/admin/users/{target.Id}/edit", $"/admin/users/{target.Id}/unlock", []);
        Assert.Equal(HttpStatusCode.Redirect, unlock.StatusCode);
        var lockoutEnd = (await FindAsync(site, "lisi"))!.LockoutEnd;
        Assert.True(lockoutEnd is null || lockoutEnd <= DateTimeOffset.UtcNow);

        var summaries = (await site.AuditAsync(AuditEvents.UserChanged)).Select(e => e.Summary).ToList();
        Assert.Contains("重置用户 lisi 的密码", summaries);
        Assert.Contains("解除用户 lisi 的锁定", summaries);
        Assert.DoesNotContain(summaries, s => s.Contains("New-Pass-2024", StringComparison.Ordinal));
    }
}

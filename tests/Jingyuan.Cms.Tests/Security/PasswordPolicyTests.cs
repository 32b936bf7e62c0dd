using System.Net;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Admin;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Security;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("Passw0rd")]
    [InlineData("P@ssw0rd")]
    [InlineData("Admin123")]
    [InlineData("Aa123456")]
    [InlineData("1qaz2wsx")]
    [InlineData("Admin@2024")]
    public async Task Common_passwords_are_refused_though_they_pass_the_class_rule(string password)
    {
        await using var site = new CmsWebFactory();
        var result = await site.WithServicesAsync(sp => sp.GetRequiredService<UserManager<CmsUser>>()
            .CreateAsync(new CmsUser { UserName = "u" + Guid.NewGuid().ToString("n")[..6] }, password));
        Assert.Contains(result.Errors, e => e.Code == "PasswordCommon");
    }

    [Fact]
    public async Task A_password_containing_the_user_name_is_refused_at_any_case()
    {
        await using var site = new CmsWebFactory();
        var (named, other) = await site.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            return (await users.CreateAsync(new CmsUser { UserName = "wangwu" }, "WangWu-2023!"),
                await users.CreateAsync(new CmsUser { UserName = "zhaoliu" }, "River-Stone-77"));
        });
        Assert.Contains(named.Errors, e => e.Code == "PasswordContainsUserName");
        Assert.True(other.Succeeded);
    }

    [Fact]
    public async Task An_administrator_set_password_must_be_changed_at_the_next_sign_in_and_ends_the_old_sessions()
    {
        await using var root = new CmsWebFactory();
        // Forced change on, authenticators off (so the administrator needs no phone here).
        var relaxed = SecureSite.Start(root, b => b.UseSetting("Security:RequireTwoFactorRoles", ""));
        var dept = await relaxed.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Jingyuan.Cms.Data.CmsDbContext>();
            var d = new Jingyuan.Cms.Departments.Department { Name = "测试局" + Guid.NewGuid().ToString("n")[..4], Kind = Jingyuan.Cms.Departments.DepartmentKind.Bureau };
            db.Add(d);
            await db.SaveChangesAsync();
            return d.Id;
        });
        using var admin = relaxed.Client();
        await admin.PasswordStepAsync("secadmin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);
        var created = await admin.PostFieldsAsync("/admin/users/create", "/admin/users/create",
            ("UserName", "zhangsan"), ("DisplayName", "张三"), ("DepartmentId", dept.ToString()),
            ("Roles", BuiltInRoles.DepartmentEditor), ("Password", "Given-By-Admin-9"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.True((await relaxed.FindUserAsync("zhangsan")).MustChangePassword);

        using var user = relaxed.Client();
        await user.PasswordStepAsync("zhangsan", "Given-By-Admin-9");
        Assert.Equal("/admin/account/password", (await user.GetAsync("/admin")).Location());
        Assert.Equal("/admin/account/password", (await user.GetAsync("/admin/content")).Location());

        var blocked = await user.PostFormAsync("/admin/account/password", "/admin/account/password",
            new() { ["CurrentPassword"] = "Given-By-Admin-9", ["NewPassword"] = "Passw0rd", ["ConfirmPassword"] = "Passw0rd" });
        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        Assert.NotEqual("", AdminPages.FieldError(await blocked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "NewPassword"));

        var changed = await user.PostFormAsync("/admin/account/password", "/admin/account/password",
            new() { ["CurrentPassword"] = "Given-By-Admin-9", ["NewPassword"] = "Own-Choice-2024!", ["ConfirmPassword"] = "Own-Choice-2024!" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/admin")).StatusCode);
        Assert.False((await relaxed.FindUserAsync("zhangsan")).MustChangePassword);
        Assert.NotEmpty(await relaxed.AuditAsync(AuditEvents.PasswordChanged));

        // An administrator's reset: the user's session ends at once and the next sign-in owes a change again.
        var id = (await relaxed.FindUserAsync("zhangsan")).Id;
        var reset = await admin.PostFormAsync($"/admin/users/{id}/password", $"/admin/users/{id}/password", new() { ["Password"] = "Reset-By-Admin-5" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("/admin/login", (await user.GetAsync("/admin")).Location());
        using var again = relaxed.Client();
        await again.PasswordStepAsync("zhangsan", "Reset-By-Admin-5");
        Assert.Equal("/admin/account/password", (await again.GetAsync("/admin")).Location());
    }

    [Fact]
    public async Task With_an_expiry_set_a_password_older_than_it_must_be_changed_and_a_recent_one_need_not()
    {
        await using var root = new CmsWebFactory();
        var site = SecureSite.Start(root, b => b
            .UseSetting("Security:RequireTwoFactorRoles", "")
            .UseSetting("Security:PasswordExpiryDays", "90"));
        foreach (var (name, age) in new[] { ("old-password", 91), ("recent-password", 10) })
        {
            var user = await site.CreateUserAsync(name, BuiltInRoles.Auditor);
            await site.InScopeAsync(async sp =>
            {
                var users = sp.GetRequiredService<UserManager<CmsUser>>();
                var stored = (await users.FindByIdAsync(user.Id))!;
                stored.PasswordChangedUtc = DateTimeOffset.UtcNow.AddDays(-age);
                return await users.UpdateAsync(stored);
            });
        }

        using var stale = site.Client();
        await stale.PasswordStepAsync("old-password");
        Assert.Equal("/admin/account/password", (await stale.GetAsync("/admin")).Location());
        Assert.Equal("/admin/account/password", (await stale.GetAsync("/admin/audit")).Location());

        using var fresh = site.Client();
        await fresh.PasswordStepAsync("recent-password");
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/admin")).StatusCode);

        // Changing it clears the step.
        var changed = await stale.PostFormAsync("/admin/account/password", "/admin/account/password",
            new() { ["CurrentPassword"] = CmsWebFactory.UserPassword, ["NewPassword"] = "Renewed-Every-90-Days!", ["ConfirmPassword"] = "Renewed-Every-90-Days!" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await stale.GetAsync("/admin")).StatusCode);
        Assert.True((await site.FindUserAsync("old-password")).PasswordChangedUtc > DateTimeOffset.UtcNow.AddMinutes(-5));
    }
}

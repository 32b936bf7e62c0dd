using System.Net;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Admin;

public sealed class AuditTrailTests
{
    private static Task<HttpResponseMessage> TryLoginAsync(TestClient client, string userName, string password) =>
        client.PostFormAsync("/admin/login", "/admin/login", new() { ["UserName"] = userName, ["Password"] = password });

    [Theory, ClassData(typeof(Databases))]
    public async Task Login_success_failure_and_logout_are_in_the_audit_trail(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var dept = await site.AddDepartmentAsync("人社局");
        await site.CreateUserAsync("zhaoliu", BuiltInRoles.DepartmentEditor, dept);

        using var anonymous = site.AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await TryLoginAsync(anonymous, "zhaoliu", "wrong-password")).StatusCode);
        var user = await site.LoginAsync("zhaoliu");
        Assert.Equal(HttpStatusCode.Redirect, (await user.PostFormAsync("/admin", "/admin/logout", [])).StatusCode);

        var failed = Assert.Single(await site.AuditAsync(AuditEvents.LoginFailed));
        Assert.Equal("zhaoliu", failed.UserName);
        var succeeded = (await site.AuditAsync(AuditEvents.LoginSucceeded)).Single(e => e.UserName == "zhaoliu");
        Assert.Equal(dept, succeeded.DepartmentId);
        Assert.Equal("zhaoliu", Assert.Single(await site.AuditAsync(AuditEvents.Logout)).UserName);

        await site.CreateUserAsync("auditor1", BuiltInRoles.Auditor);
        var admin = await site.LoginAsync("auditor1");
        var page = await admin.GetPageAsync("/admin/audit?user=zhaoliu");
        Assert.Contains("登录失败", page);
        Assert.Contains("登录成功", page);
        Assert.Contains("退出登录", page);
        // Shown in China time, to the second.
        var shown = succeeded.OccurredUtc.AddHours(8).ToString("yyyy-MM-dd HH:mm:ss");
        Assert.Contains(shown, page);

        var onlyFailures = await admin.GetPageAsync("/admin/audit?event=login.failed");
        Assert.Contains("zhaoliu", onlyFailures);
        Assert.DoesNotContain("<td>退出登录</td>", onlyFailures);
        Assert.Contains("zhaoliu", await admin.GetPageAsync($"/admin/audit?department={dept}&event=logout"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Date_filters_are_china_dates(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        (await site.LoginAsync("admin")).Dispose();
        await site.CreateUserAsync("auditor1", BuiltInRoles.Auditor);
        var admin = await site.LoginAsync("auditor1");
        var chinaNow = DateTime.UtcNow.AddHours(8);
        var (today, tomorrow) = (chinaNow.ToString("yyyy-MM-dd"), chinaNow.AddDays(1).ToString("yyyy-MM-dd"));

        Assert.Contains("登录成功", await admin.GetPageAsync($"/admin/audit?from={today}&to={today}&user=admin"));
        Assert.Contains("没有符合条件的日志", await admin.GetPageAsync($"/admin/audit?from={tomorrow}&user=admin"));
        Assert.Contains("截止日期不能早于起始日期", await admin.GetPageAsync($"/admin/audit?from={tomorrow}&to={today}"));
        Assert.NotEqual("", AdminPages.FieldError(await admin.GetPageAsync("/admin/audit?from=not-a-date"), "From"));
    }

    [Fact]
    public async Task Five_failed_logins_lock_the_account()
    {
        await using var site = new CmsWebFactory();
        await site.CreateUserAsync("sunqi", BuiltInRoles.DepartmentEditor);
        // From five addresses: one address alone is throttled before it could lock the account (LoginAbuseTests).
        TestClient From(int i)
        {
            var client = site.AnonymousClient();
            client.Http.DefaultRequestHeaders.Add(CmsWebFactory.ClientAddressHeader, $"192.0.2.{i + 1}");
            return client;
        }

        for (var i = 0; i < 5; i++) await TryLoginAsync(From(i), "sunqi", "Wrong-Pass-" + i);
        var sixth = await TryLoginAsync(From(5), "sunqi", CmsWebFactory.UserPassword);

        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        // The page says what it says for any failure; the audit trail knows the account is locked.
        Assert.Contains(Jingyuan.Cms.Web.Areas.Admin.Controllers.AccountController.FailureMessage,
            System.Net.WebUtility.HtmlDecode(await sixth.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.True(await site.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            return await users.IsLockedOutAsync((await users.FindByNameAsync("sunqi"))!);
        }));
        var failures = await site.AuditAsync(AuditEvents.LoginFailed);
        Assert.Equal(6, failures.Count);
        Assert.Contains("账号已锁定", failures[^1].Summary);
    }

    [Fact]
    public async Task The_detail_page_marks_added_and_removed_lines_with_text_not_only_colour()
    {
        await using var site = new CmsWebFactory();
        var admin = await site.LoginAsync("secadmin");
        await admin.PostFormAsync("/admin/roles/create", "/admin/roles/create", new() { ["Name"] = "统计员", ["Description"] = "旧说明" });
        var role = await site.WithServicesAsync(async sp => (await sp.GetRequiredService<RoleManager<CmsRole>>().FindByNameAsync("统计员"))!);
        await admin.PostFormAsync($"/admin/roles/{role.Id}/edit", $"/admin/roles/{role.Id}/edit", new() { ["Name"] = "统计员", ["Description"] = "新说明" });
        var change = (await site.AuditAsync(AuditEvents.RoleChanged)).Last();

        // The encoder writes "+" as "&#x2B;": compare the text a browser shows.
        await site.CreateUserAsync("auditor1", BuiltInRoles.Auditor);
        using var auditor = await site.LoginAsync("auditor1");
        var page = WebUtility.HtmlDecode(await auditor.GetPageAsync($"/admin/audit/{change.Id}"));

        Assert.Matches(new Regex("<del[^>]*>.*删除：.*- 说明：旧说明</del>"), page);
        Assert.Matches(new Regex("<ins[^>]*>.*新增：.*\\+ 说明：新说明</ins>"), page);
        Assert.Contains("角色变更", page);
        Assert.DoesNotContain("method=\"post\" action=\"/admin/audit", page);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Audit_entries_cannot_be_changed_or_deleted_through_the_context(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        (await site.LoginAsync("admin")).Dispose();

        await site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var entry = await db.Set<AuditEventRecord>().OrderBy(r => r.Id).FirstAsync();
            entry.Summary = "篡改";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        });
        await site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            db.Remove(await db.Set<AuditEventRecord>().OrderBy(r => r.Id).FirstAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        });
        Assert.Equal("登录成功", Assert.Single(await site.AuditAsync(AuditEvents.LoginSucceeded)).Summary);
    }
}

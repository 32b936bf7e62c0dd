using System.Net;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Notifications;
using Jingyuan.Cms.Tests.Admin;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Jingyuan.Cms.Tests.Notifications.NotificationTestSite;

namespace Jingyuan.Cms.Tests.Notifications;

/// <summary>The bell in the admin header and 通知中心: a unit's users see and mark their own unit's notifications only.</summary>
public sealed class NotificationPagesTests
{
    [Fact]
    public async Task The_bell_counts_unread_and_the_page_shows_only_the_users_unit_and_marks_read()
    {
        await using var site = Create(TestDatabase.Sqlite, new FakeTimeProvider(Start), new TestReminderSource(), FreePort());
        var hr = await UnitAsync(site, "人社局");
        var civil = await UnitAsync(site, "民政局");
        await UserAsync(site, "hr-page", hr);
        await UserAsync(site, "civil-page", civil);
        await site.WithServicesAsync(sp => sp.GetRequiredService<INotificationCenter>()
            .PostAsync(new Reminder("test:page", hr, "技能培训台账待更新", "请更新本月台账。", "/admin/chapters/employment")));
        var id = await site.WithServicesAsync(sp => Task.FromResult(sp.GetRequiredService<Jingyuan.Cms.Data.CmsDbContext>()
            .Set<Jingyuan.Cms.Data.NotificationRecord>().Single().Id));

        using var hrClient = await site.LoginAsync("hr-page");
        using var civilClient = await site.LoginAsync("civil-page");
        var hrPage = await hrClient.GetPageAsync("/admin/notifications");
        Assert.Contains("data-unread=\"1\"", hrPage);
        Assert.Contains("技能培训台账待更新", hrPage);
        Assert.Contains("href=\"/admin/chapters/employment\"", hrPage);
        var civilPage = await civilClient.GetPageAsync("/admin/notifications");
        Assert.Contains("data-unread=\"0\"", civilPage);
        Assert.DoesNotContain("技能培训台账待更新", civilPage);

        // Another unit's id in the form changes nothing.
        var forged = await civilClient.PostFormAsync("/admin/notifications", "/admin/notifications/read", new() { ["ids"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Contains("data-unread=\"1\"", await hrClient.GetPageAsync("/admin"));

        var read = await hrClient.PostFormAsync("/admin/notifications", "/admin/notifications/read", new() { ["ids"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.Contains("data-unread=\"0\"", await hrClient.GetPageAsync("/admin/notifications"));
        var audit = Assert.Single(await site.AuditAsync(AuditEvents.NotificationsRead));
        Assert.Equal("hr-page", audit.UserName);
    }
}

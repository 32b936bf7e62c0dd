using Jingyuan.Cms.Data;
using Jingyuan.Cms.Notifications;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using netDumbster.smtp;
using static Jingyuan.Cms.Tests.Notifications.NotificationTestSite;

namespace Jingyuan.Cms.Tests.Notifications;

/// <summary>Keys are stored once even when posted at the same moment; who sees and who receives what.</summary>
public sealed class NotificationCenterTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_same_key_posted_at_once_from_many_scopes_is_stored_once(TestDatabase database)
    {
        var clock = new FakeTimeProvider(Start);
        await using var site = Create(database, clock, new TestReminderSource(), FreePort());
        var hr = await UnitAsync(site, "人社局");
        await UserAsync(site, "hr-race", hr);

        var posts = Enumerable.Range(0, 6).Select(_ => Task.Run(() => site.WithServicesAsync(sp =>
            sp.GetRequiredService<INotificationCenter>().PostAsync(new Reminder("test:race", hr, "同时提醒", "正文", null)))));
        var results = await Task.WhenAll(posts);

        Assert.Single(results, posted => posted);
        var (notifications, mails) = await site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            return (await db.Set<NotificationRecord>().CountAsync(n => n.Key == "test:race"), await db.Set<MailOutboxRecord>().CountAsync());
        });
        Assert.Equal((1, 1), (notifications, mails));
    }

    [Fact]
    public async Task An_escalated_reminder_reaches_the_coordinating_office_and_other_units_see_nothing()
    {
        var port = FreePort();
        using var smtp = SimpleSmtpServer.Start(port);
        var clock = new FakeTimeProvider(Start);
        var source = new TestReminderSource();
        await using var site = Create(TestDatabase.Sqlite, clock, source, port);
        var hr = await UnitAsync(site, "人社局");
        var office = await UnitAsync(site, "乡村振兴局");
        var civil = await UnitAsync(site, "民政局");
        var hrUser = await UserAsync(site, "hr-late", hr);
        var officeUser = await UserAsync(site, "office-late", office);
        var civilUser = await UserAsync(site, "civil-late", civil);
        source.Due.Add(new Reminder("test:late", hr, "督办事项已逾期", "已逾期1个工作日。", null, EscalateToCoordinator: true));
        source.Due.Add(new Reminder("test:due-in-3", hr, "督办事项3天后到期", "请按时办理。", null));

        await RunAsync(site);

        // The late one to the unit and the office; the ordinary one to the unit only; nothing to 民政局.
        Assert.Equal(
            [("hr-late@jingyuan.test", "督办事项3天后到期"), ("hr-late@jingyuan.test", "督办事项已逾期"), ("office-late@jingyuan.test", "督办事项已逾期")],
            Received(smtp).Select(m => (m.To, m.Subject)));
        Assert.Equal(2, await UnreadAsync(site, hrUser));
        Assert.Equal(1, await UnreadAsync(site, officeUser));
        Assert.Equal(0, await UnreadAsync(site, civilUser));
        var civilList = await site.WithServicesAsync(sp => sp.GetRequiredService<NotificationInbox>().ListAsync(Principal(civilUser)));
        Assert.Empty(civilList);
    }

    [Fact]
    public async Task Marking_read_counts_only_for_that_user_and_never_for_another_units_notification()
    {
        var clock = new FakeTimeProvider(Start);
        await using var site = Create(TestDatabase.Sqlite, clock, new TestReminderSource(), FreePort());
        var hr = await UnitAsync(site, "人社局");
        var civil = await UnitAsync(site, "民政局");
        var first = await UserAsync(site, "hr-reader", hr);
        var second = await UserAsync(site, "hr-other", hr);
        var outsider = await UserAsync(site, "civil-reader", civil);
        await site.WithServicesAsync(sp => sp.GetRequiredService<INotificationCenter>().PostAsync(new Reminder("test:read", hr, "提醒", "正文", null)));
        var id = (await site.WithServicesAsync(sp => sp.GetRequiredService<NotificationInbox>().ListAsync(Principal(first))))[0].Id;

        var byOutsider = await site.WithServicesAsync(sp => sp.GetRequiredService<NotificationInbox>().MarkReadAsync(Principal(outsider), [id]));
        var byReader = await site.WithServicesAsync(sp => sp.GetRequiredService<NotificationInbox>().MarkReadAsync(Principal(first), [id]));
        var twice = await site.WithServicesAsync(sp => sp.GetRequiredService<NotificationInbox>().MarkReadAsync(Principal(first), [id]));

        Assert.Equal((0, 1, 0), (byOutsider, byReader, twice));
        Assert.Equal(0, await UnreadAsync(site, first));
        Assert.Equal(1, await UnreadAsync(site, second));
    }
}

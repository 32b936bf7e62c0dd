using Jingyuan.Cms.Data;
using Jingyuan.Cms.Notifications;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using netDumbster.smtp;
using static Jingyuan.Cms.Tests.Notifications.NotificationTestSite;

namespace Jingyuan.Cms.Tests.Notifications;

/// <summary>
/// The reminder job end to end against an in-process SMTP server: each reminder is stored once and mailed once
/// to its unit's active, confirmed users, across runs and restarts; failures are retried with backoff.
/// </summary>
public sealed class ReminderMailTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Each_reminder_is_mailed_once_to_its_units_users_even_after_a_restart(TestDatabase database)
    {
        var port = FreePort();
        using var smtp = SimpleSmtpServer.Start(port);
        var clock = new FakeTimeProvider(Start);
        var source = new TestReminderSource();
        await using var owner = Create(database, clock, source, port);
        var hr = await UnitAsync(owner, "人社局");
        var civil = await UnitAsync(owner, "民政局");
        await UserAsync(owner, "hr-one", hr);
        await UserAsync(owner, "hr-unconfirmed", hr, confirmed: false);
        await UserAsync(owner, "hr-disabled", hr, disabled: true);
        await UserAsync(owner, "civil-one", civil);
        source.Due.Add(new Reminder("test:1:due-in-3", hr, "督办事项3天后到期", "请按时办理。", "/admin/supervision/items/1"));
        source.Due.Add(new Reminder("test:2:due", civil, "督办事项今日到期", "请今日办结。", null));

        var first = await RunAsync(owner);

        Assert.Equal((2, 2, 2, 0), (first.Due, first.Posted, first.MailsSent, first.MailsFailed));
        var received = Received(smtp);
        Assert.Equal(["civil-one@jingyuan.test", "hr-one@jingyuan.test"], received.Select(m => m.To));
        Assert.Equal("督办事项今日到期", received[0].Subject);
        Assert.Equal("督办事项3天后到期", received[1].Subject);
        Assert.Contains("https://cms.jingyuan.test/admin/supervision/items/1", received[1].Body);

        var again = await RunAsync(owner);
        Assert.Equal((2, 0, 0), (again.Due, again.Posted, again.MailsSent));

        await using (var restarted = Node(owner, clock, source, port))
        {
            clock.Advance(TimeSpan.FromHours(1));
            var afterRestart = await RunAsync(restarted);
            Assert.Equal((2, 0, 0), (afterRestart.Due, afterRestart.Posted, afterRestart.MailsSent));
        }
        Assert.Equal(2, smtp.ReceivedEmailCount);
        var outbox = await OutboxAsync(owner);
        Assert.Equal(2, outbox.Count);
        Assert.All(outbox, m => Assert.Equal((MailState.Sent, 1), (m.State, m.Attempts)));
    }

    [Fact]
    public async Task A_failed_send_is_retried_after_a_delay_and_then_succeeds()
    {
        var port = FreePort();
        var clock = new FakeTimeProvider(Start);
        var source = new TestReminderSource();
        await using var site = Create(TestDatabase.Sqlite, clock, source, port);
        var hr = await UnitAsync(site, "人社局");
        await UserAsync(site, "hr-retry", hr);
        source.Due.Add(new Reminder("test:retry", hr, "进度报告逾期", "本月进度报告尚未提交。", null));

        // No server listens on the port yet.
        var failed = await RunAsync(site);
        Assert.Equal((1, 0, 1), (failed.Posted, failed.MailsSent, failed.MailsFailed));
        var row = Assert.Single(await OutboxAsync(site));
        Assert.Equal((MailState.Pending, 1), (row.State, row.Attempts));
        Assert.False(string.IsNullOrEmpty(row.LastError));

        using var smtp = SimpleSmtpServer.Start(port);
        var tooSoon = await RunAsync(site);
        Assert.Equal((0, 0), (tooSoon.MailsSent, tooSoon.MailsFailed));

        clock.Advance(TimeSpan.FromSeconds(61));
        var retried = await RunAsync(site);

        Assert.Equal((1, 0), (retried.MailsSent, retried.MailsFailed));
        Assert.Equal("hr-retry@jingyuan.test", Assert.Single(Received(smtp)).To);
        row = Assert.Single(await OutboxAsync(site));
        Assert.Equal((MailState.Sent, 2, null), (row.State, row.Attempts, row.LastError));
    }

    [Fact]
    public async Task Sending_gives_up_after_the_maximum_attempts_and_keeps_the_last_error()
    {
        var port = FreePort();
        var clock = new FakeTimeProvider(Start);
        var source = new TestReminderSource();
        await using var site = Create(TestDatabase.Sqlite, clock, source, port, new() { ["Notifications:MaxAttempts"] = "2" });
        var hr = await UnitAsync(site, "人社局");
        await UserAsync(site, "hr-giveup", hr);
        source.Due.Add(new Reminder("test:give-up", hr, "进度报告逾期", "本月进度报告尚未提交。", null));

        await RunAsync(site);
        clock.Advance(TimeSpan.FromMinutes(2));
        await RunAsync(site);
        clock.Advance(TimeSpan.FromHours(1));
        using var smtp = SimpleSmtpServer.Start(port);
        var later = await RunAsync(site);

        Assert.Equal(0, later.MailsSent);
        Assert.Equal(0, smtp.ReceivedEmailCount);
        var row = Assert.Single(await OutboxAsync(site));
        Assert.Equal((MailState.Failed, 2), (row.State, row.Attempts));
        Assert.False(string.IsNullOrEmpty(row.LastError));
    }

    [Fact]
    public async Task A_claimed_mail_is_not_sent_by_another_node_until_its_lease_runs_out()
    {
        var port = FreePort();
        using var smtp = SimpleSmtpServer.Start(port);
        var clock = new FakeTimeProvider(Start);
        var source = new TestReminderSource();
        await using var site = Create(TestDatabase.Sqlite, clock, source, port);
        var hr = await UnitAsync(site, "人社局");
        await UserAsync(site, "hr-lease", hr);
        await site.WithServicesAsync(sp => sp.GetRequiredService<INotificationCenter>()
            .PostAsync(new Reminder("test:lease", hr, "督办事项已交办", "请签收。", null)));
        // A node claimed the row and crashed before sending.
        var leaseEnd = Start.UtcDateTime.AddMinutes(5);
        await site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var row = db.Set<MailOutboxRecord>().Single();
            row.ClaimedUntilUtc = leaseEnd;
            row.ClaimedBy = "crashed-node";
            await db.SaveChangesAsync();
        });

        Assert.Equal(0, (await RunAsync(site)).MailsSent);
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, (await RunAsync(site)).MailsSent);
        Assert.Equal(1, smtp.ReceivedEmailCount);
    }
}

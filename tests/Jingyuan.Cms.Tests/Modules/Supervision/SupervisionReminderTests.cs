using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Notifications;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jingyuan.Cms.Tests.Modules.Supervision.SupervisionSite;

namespace Jingyuan.Cms.Tests.Modules.Supervision;

/// <summary>
/// Reminders of 督办事项 on the fake clock: item A is assigned Friday 2026-11-06 with the deadline Monday 11-16,
/// so 签收 is due Tuesday 11-10 and the light turns yellow Wednesday 11-11; the weekend in between sends nothing.
/// Item B of the same deadline is closed at once and stays silent.
/// </summary>
public sealed class SupervisionReminderTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Each_reminder_is_sent_once_on_its_day_and_late_ones_escalate(TestDatabase database)
    {
        await using var s = await StartAsync(database, At(2026, 11, 6));
        var deadline = new DateOnly(2026, 11, 16);
        string a, b;
        using (var office = await s.Site.LoginAsync("office"))
        using (var unit = await s.Site.LoginAsync("unita"))
        {
            a = await s.RaiseAsync(office, "安置区道路硬化", deadline);
            b = await s.RaiseAsync(office, "安置区路灯维修", deadline);
            await StepAsync(office, a, "assign");
            await StepAsync(office, b, "assign");
            await StepAsync(unit, b, "acknowledge");
            await StepWithFileAsync(unit, b, "report", "已修复");
            await StepAsync(office, b, "close", new() { ["note"] = "同意销号" });
        }
        Assert.Equal("办结", (await s.LatestAsync(b)).GetText(Cms.Modules.Supervision.Models.SupervisionItemType.Stage));

        var sent = new Dictionary<string, DateOnly>();
        async Task DayAsync(int day, Func<Task>? after = null)
        {
            s.MoveTo(At(2026, 11, day));
            await RunAsync(s.Site);
            Assert.Equal(0, (await RunAsync(s.Site)).Posted);   // a second pass on the same day sends nothing new
            foreach (var key in await KeysAsync(s.Site)) sent.TryAdd(key, new DateOnly(2026, 11, day));
            if (after is not null) await after();
        }
        for (var day = 6; day <= 10; day++) await DayAsync(day);
        await DayAsync(11, async () =>
        {
            using var unit = await s.Site.LoginAsync("unita");
            await StepAsync(unit, a, "acknowledge");
        });
        for (var day = 12; day <= 17; day++) await DayAsync(day);

        var ofA = sent.Where(k => k.Key.StartsWith($"supervision:{a}:", StringComparison.Ordinal))
            .ToDictionary(k => k.Key[$"supervision:{a}:".Length..], k => k.Value);
        Assert.Equal(new Dictionary<string, DateOnly>
        {
            ["assigned"] = new(2026, 11, 6),
            ["sign-due"] = new(2026, 11, 10),
            ["sign-overdue"] = new(2026, 11, 11),
            ["due-in-3"] = new(2026, 11, 11),
            ["due-today"] = new(2026, 11, 16),
            ["late:2026-11-17"] = new(2026, 11, 17),
        }, ofA);
        Assert.Equal(["assigned"], sent.Keys.Where(k => k.StartsWith($"supervision:{b}:", StringComparison.Ordinal))
            .Select(k => k[$"supervision:{b}:".Length..]));

        var records = await s.Site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<NotificationRecord>()
            .AsNoTracking().Where(n => n.Key.StartsWith($"supervision:{a}:")).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["late:2026-11-17"], records.Where(r => r.Escalated).Select(r => r.Key[$"supervision:{a}:".Length..]));
        Assert.All(records, r => Assert.Equal(s.UnitA, r.DepartmentId));
        Assert.All(records, r => Assert.Equal($"/admin/supervision/items/{a}", r.Url));

        // A restart (a new host on the same database) on the same day sends nothing again.
        await using var restarted = Restart(s);
        Assert.Equal(0, (await RunAsync(restarted)).Posted);
        Assert.Equal(records.Count, await restarted.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>()
            .Set<NotificationRecord>().CountAsync(n => n.Key.StartsWith($"supervision:{a}:"), TestContext.Current.CancellationToken)));
    }

    private static Task<ReminderRunResult> RunAsync(CmsWebFactory site) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<ReminderRunner>().RunAsync(TestContext.Current.CancellationToken));

    private static Task<List<string>> KeysAsync(CmsWebFactory site) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<NotificationRecord>().AsNoTracking()
            .Where(n => n.Key.StartsWith("supervision:")).Select(n => n.Key).ToListAsync(TestContext.Current.CancellationToken));

    private static CmsWebFactory Restart(SupervisionSite s)
    {
        var owner = s.Site;
        var node = new CmsWebFactory(owner.Database, configure: b =>
        {
            b.UseSetting(owner.Database == TestDatabase.Postgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite", owner.ConnectionString);
            b.ConfigureTestServices(x => x.AddSingleton<TimeProvider>(s.Clock));
        });
        node.Settings["Notifications:IntervalSeconds"] = "0";
        return node;
    }
}

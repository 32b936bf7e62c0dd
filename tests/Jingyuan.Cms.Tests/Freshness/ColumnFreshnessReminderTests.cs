using Jingyuan.Cms.Data;
using Jingyuan.Cms.Notifications;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jingyuan.Cms.Tests.Freshness.FreshnessSite;

namespace Jingyuan.Cms.Tests.Freshness;

/// <summary>
/// Reminders of chapter (一) on the fake clock (first record 2023-03-01): the warning on day 170, the stale notice on
/// day 181, each once to every lead unit and the coordinating office; a new item silences the column.
/// </summary>
public sealed class ColumnFreshnessReminderTests
{
    private static readonly DateTimeOffset First = ColumnFreshnessTests.First;

    [Theory, ClassData(typeof(Databases))]
    public async Task Warnings_go_once_each_to_the_lead_units_and_the_office_and_a_new_item_resets_them(TestDatabase database)
    {
        await using var s = await StartAsync(database, First);
        await s.PublishAsync("三月产业记录");
        await s.RunRemindersAsync();
        Assert.Empty(await ChapterNoticesAsync(s));

        s.MoveTo(First.AddDays(170));
        await s.RunRemindersAsync();
        Assert.Equal(0, (await s.RunRemindersAsync()).Posted);   // a second run the same day sends nothing new
        var warned = await ChapterNoticesAsync(s);
        var expected = s.ChapterLeads.Append(s.Office).Distinct().Order().ToList();
        Assert.Equal(expected, warned.Select(n => n.DepartmentId).Order());
        Assert.All(warned, n => Assert.Contains(":due-soon:", n.Key, StringComparison.Ordinal));
        Assert.All(warned, n => Assert.Equal("/admin/columns", n.Url));
        Assert.All(warned, n => Assert.Contains("还剩 10 天", n.Body, StringComparison.Ordinal));

        s.MoveTo(First.AddDays(175));
        await s.RunRemindersAsync();
        Assert.Equal(warned.Count, (await ChapterNoticesAsync(s)).Count);   // still about to go stale: no new warning

        s.MoveTo(First.AddDays(181));
        await s.RunRemindersAsync();
        Assert.Equal(0, (await s.RunRemindersAsync()).Posted);
        var stale = (await ChapterNoticesAsync(s)).Where(n => n.Key.Contains(":stale:", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected, stale.Select(n => n.DepartmentId).Order());
        Assert.All(stale, n => Assert.StartsWith("栏目已超期未更新", n.Subject, StringComparison.Ordinal));

        await s.PublishAsync("九月产业记录");
        var before = (await ChapterNoticesAsync(s)).Count;
        await s.RunRemindersAsync();
        Assert.Equal(before, (await ChapterNoticesAsync(s)).Count);

        // An empty column is a problem from the start: its own unit and the office hear of it, once.
        var silent = await NoticesAsync(s, $"freshness:unit:2023:{s.SilentUnit}:");
        Assert.Equal(new[] { s.SilentUnit, s.Office }.Order(), silent.Select(n => n.DepartmentId).Order());
        Assert.All(silent, n => Assert.Contains(":empty:none:", n.Key, StringComparison.Ordinal));
    }

    private static Task<List<NotificationRecord>> ChapterNoticesAsync(FreshnessSite s) => NoticesAsync(s, $"freshness:{ChapterColumn}:");

    private static Task<List<NotificationRecord>> NoticesAsync(FreshnessSite s, string prefix) =>
        s.Site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<NotificationRecord>().AsNoTracking()
            .Where(n => n.Key.StartsWith(prefix)).ToListAsync(TestContext.Current.CancellationToken));
}

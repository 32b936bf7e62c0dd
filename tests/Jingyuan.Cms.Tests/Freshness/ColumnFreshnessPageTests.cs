using System.Net;
using Jingyuan.Cms.Tests.TestSupport;
using static Jingyuan.Cms.Tests.Freshness.FreshnessSite;

namespace Jingyuan.Cms.Tests.Freshness;

/// <summary>The 工作台 widget, the setup checklist line and /admin/columns, for the reviewer, the administrator and an editor.</summary>
public sealed class ColumnFreshnessPageTests
{
    private static readonly DateTimeOffset First = ColumnFreshnessTests.First;

    [Theory, ClassData(typeof(Databases))]
    public async Task The_dashboard_and_the_columns_page_show_soon_stale_stale_and_empty_columns_and_editors_are_refused(TestDatabase database)
    {
        await using var s = await StartAsync(database, First);
        await s.PublishAsync("三月产业记录");
        s.MoveTo(First.AddDays(170));

        using var reviewer = await s.Site.LoginAsync("reviewer");
        var dashboard = await reviewer.GetPageAsync("/admin");
        Assert.Contains("栏目更新监测", dashboard, StringComparison.Ordinal);
        Assert.Contains("即将超期，剩 10 天（最近更新 2023-03-01）", dashboard, StringComparison.Ordinal);

        var page = await reviewer.GetPageAsync("/admin/columns");
        Assert.Contains($"data-column=\"{ChapterColumn}\" data-state=\"DueSoon\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-column=\"unit:2023:{s.SilentUnit}\" data-state=\"Empty\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/plan/2023/chapters/1\"", page, StringComparison.Ordinal);

        s.MoveTo(First.AddDays(181));
        Assert.Contains($"data-column=\"{ChapterColumn}\" data-state=\"Stale\"",
            await reviewer.GetPageAsync("/admin/columns"), StringComparison.Ordinal);

        using var admin = await s.Site.LoginAsync("admin");
        var adminDashboard = await admin.GetPageAsync("/admin");
        Assert.Contains("栏目即将超期/已超期", adminDashboard, StringComparison.Ordinal);
        Assert.Contains("已超期 1 天（最近更新 2023-03-01）", adminDashboard, StringComparison.Ordinal);

        using var editor = await s.Site.LoginAsync("editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/columns")).StatusCode);
        Assert.DoesNotContain("栏目更新监测", await editor.GetPageAsync("/admin"), StringComparison.Ordinal);
    }
}

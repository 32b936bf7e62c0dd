using System.Globalization;
using System.Text.Json;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Infrastructure;
using Jingyuan.Cms.Tests.Portal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jingyuan.Cms.Tests.Browser;

/// <summary>
/// The whole reporting flow in a real browser against the site on a real port: a unit files a report
/// with a photo, the reviewer approves it, the public pages show the figure; the public pages pass
/// axe and are photographed at desktop and phone widths (TestResults/screenshots/portal-*.png).
/// </summary>
public sealed class ProgressReportFlowTests
{
    private const string Editor = "nyj-editor";
    private const string Reviewer = "xczx-reviewer";

    [Fact]
    public async Task A_unit_reports_with_a_photo_the_reviewer_approves_and_the_public_pages_show_the_figure()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var site = await BrowserSite.StartAsync();
        var baseUrl = BrowserSite.BaseUrl(site);
        // With the industry chapter module enabled, 新增肉牛 is summed from its project ledger and a report is
        // only recorded; without it (a site that keeps no ledger) the approved report is the figure.
        await site.WithServicesAsync(async sp => { await sp.GetRequiredService<ModuleManager>().DisableAsync("Industry"); return true; });
        var agriculture = await site.DepartmentAsync("农业农村局");
        var coordinator = await site.DepartmentAsync("乡村振兴局");
        await site.CreateUserAsync(Editor, BuiltInRoles.DepartmentEditor, agriculture.Id);
        await site.CreateUserAsync(Reviewer, BuiltInRoles.Reviewer, coordinator.Id);
        var task = await site.TaskAsync(2);
        var cattle = task.Targets.Single(t => t.Description == "新增肉牛");

        var visitor = await browser.NewPageAsync(baseUrl: baseUrl);
        await visitor.GotoAsync("/");
        var before = await ChapterPercentAsync(visitor, 0);

        // 1. The editor of 农业农村局 files the report for task 2 / 新增肉牛 with a photo and submits it.
        var editor = await browser.NewPageAsync(baseUrl: baseUrl);
        await BrowserSite.LoginAsync(editor, Editor);
        var form = await editor.GotoAsync($"/admin/plan/tasks/{task.Id}/reports/new");
        Assert.True(form?.Ok, $"reporting form answered {form?.Status}");
        await editor.SelectOptionAsync("#TargetId", cattle.Id.ToString(CultureInfo.InvariantCulture));
        await editor.CheckAsync("#kind-month");
        await editor.FillAsync("#Month", "2023-05");
        await editor.FillAsync("#Value", "360");
        await editor.FillAsync("#Narrative", "园子村、红旗村肉牛养殖园区新增肉牛360头，已建档立卡。");
        await editor.SetInputFilesAsync("#Evidence", new FilePayload { Name = "cattle.png", MimeType = "image/png", Buffer = TestImages.Png(64, 48) });
        await editor.ClickAsync("button[name=command][value=submit]");
        await editor.WaitForURLAsync(url => url.Contains("/admin/plan/reports", StringComparison.Ordinal));
        var report = await site.WithServicesAsync(async sp =>
        {
            var query = new ContentQuery { ContentTypes = [ProgressReportType.Name], Status = ContentStatus.Submitted };
            return Assert.Single((await sp.GetRequiredService<IContentManager>().QueryAsync(query)).Items);
        });
        Assert.Equal(agriculture.Id, report.DepartmentId);
        Assert.Single(report.GetFiles(ProgressReportType.Evidence));

        // Submitted is not approved: nothing public yet.
        await visitor.GotoAsync("/plan/2023/tasks/2");
        Assert.DoesNotContain("360 头", await visitor.InnerTextAsync("main"));

        // 2. The reviewer approves it in the content admin.
        var reviewer = await browser.NewPageAsync(baseUrl: baseUrl);
        await BrowserSite.LoginAsync(reviewer, Reviewer);
        await reviewer.GotoAsync("/admin/content?status=Submitted");
        await reviewer.ClickAsync($"a[href='/admin/content/{report.ContentItemId}/edit']");
        await reviewer.ClickAsync("button:has-text('审核通过并发布')");
        await reviewer.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var published = await site.WithServicesAsync(sp => sp.GetRequiredService<IContentManager>().GetPublishedAsync(report.ContentItemId));
        Assert.NotNull(published);

        // 3. The public task page shows the figure, the photo and the unit; the home chart has it.
        await visitor.GotoAsync("/plan/2023/tasks/2");
        var cattleRow = visitor.Locator("tr", new() { Has = visitor.Locator("th[scope=row]", new() { HasTextString = "新增肉牛" }) });
        Assert.Contains("360 头", await cattleRow.InnerTextAsync());
        Assert.Contains("30%", await cattleRow.InnerTextAsync()); // 360 ÷ 1200
        var history = await visitor.InnerTextAsync("section[aria-labelledby=reports-title]");
        Assert.Contains("360 头", history);
        Assert.Contains("2023年5月", history);
        Assert.Contains("发布单位：农业农村局", history);
        Assert.DoesNotContain("建档立卡", history); // the narrative stays in the admin
        var photo = visitor.Locator("section[aria-labelledby=reports-title] .jy-thumbs img").First;
        await photo.ScrollIntoViewIfNeededAsync();
        Assert.True(await photo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 64"), "the evidence photo did not load");
        Assert.StartsWith("/media/", await visitor.Locator(".jy-thumbs a").First.GetAttributeAsync("href"));

        await visitor.GotoAsync("/");
        Assert.True(await ChapterPercentAsync(visitor, 0) > before, "the home chart data did not change");
        await visitor.WaitForSelectorAsync("#chapter-chart[data-chart-rendered=true] svg");
        Assert.Contains("360 头", await visitor.InnerTextAsync("section[aria-labelledby=reports-title]"));

        // 4. The public pages pass axe (no serious or critical violation) at desktop and phone widths; screenshots kept.
        var phone = await browser.NewPageAsync(375, 812, baseUrl);
        var pages = new (string Name, string Url)[]
        {
            ("home", "/"),
            ("chapter-1", "/plan/2023/chapters/1"),
            ("task-2", "/plan/2023/tasks/2"),
            ("sites", "/plan/2023/sites"),
            ("departments", "/plan/2023/departments"),
            ("department-agriculture", $"/plan/2023/departments/{agriculture.Id}"),
            ("downloads", "/plan/2023/downloads"),
        };
        foreach (var (name, url) in pages)
        {
            foreach (var (page, width) in new[] { (visitor, "desktop"), (phone, "phone") })
            {
                var response = await page.GotoAsync(url);
                Assert.True(response?.Ok, $"{url} answered {response?.Status}");
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                if (url == "/") await page.WaitForSelectorAsync("#chapter-chart[data-chart-rendered=true]");
                await Axe.AssertNoSeriousViolationsAsync(page);
                if (width == "phone") await AssertNoSidewaysScrollAsync(page, url);
                var path = await browser.SaveScreenshotAsync(page, $"portal-{name}-{width}");
                Assert.True(new FileInfo(path).Length > 5000, $"screenshot {path} is empty");
            }
        }

        Assert.Empty(browser.ExternalRequests);
        Assert.Empty(browser.ConsoleErrors);
    }

    /// <summary>The completion of a chapter in the home page's chart data (the JSON block the chart script reads).</summary>
    private static async Task<decimal> ChapterPercentAsync(IPage home, int index)
    {
        var json = await home.Locator("#chapter-chart-data").TextContentAsync();
        using var data = JsonDocument.Parse(json!);
        var value = data.RootElement.GetProperty("values")[index];
        return value.ValueKind == JsonValueKind.Null ? 0m : value.GetDecimal();
    }

    /// <summary>At phone width the page itself must not scroll sideways (wide tables scroll inside their own region).</summary>
    private static async Task AssertNoSidewaysScrollAsync(IPage page, string url)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 1, $"{url} scrolls sideways by {overflow}px at phone width");
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Jingyuan.Cms.Tests.Browser;

/// <summary>
/// The chapter module and the notices module in a real browser, as their users work: the editor of
/// 农业农村局 records a cattle project and submits it, the coordinating office's reviewer publishes it,
/// and task 2's computed 新增肉牛 rises on the public task page; a 公示 goes the same way and a visitor
/// finds both with the search box. Screenshots: TestResults/screenshots/industry-*.png and notice-*.png.
/// </summary>
public sealed class IndustryAndNoticeFlowTests
{
    private const string Editor = "nyj-ledger-editor";
    private const string Reviewer = "xczx-ledger-reviewer";
    private const string NoticeTitle = "关于2023年肉牛养殖奖补对象的公示";

    [Fact]
    public async Task A_cattle_project_raises_task_2_and_a_published_notice_is_found_by_search()
    {
        await using var browser = await BrowserSession.StartAsync();
        // The index follows the database through its background poll, as on a real node: no test hook.
        await using var site = await BrowserSite.StartAsync(b => b.UseSetting("Search:PollIntervalSeconds", "0.2"));
        var baseUrl = BrowserSite.BaseUrl(site);
        var agriculture = await site.DepartmentAsync("农业农村局");
        var coordinator = await site.DepartmentAsync("乡村振兴局");
        await site.CreateUserAsync(Editor, BuiltInRoles.DepartmentEditor, agriculture.Id);
        await site.CreateUserAsync(Reviewer, BuiltInRoles.Reviewer, coordinator.Id);

        var visitor = await browser.NewPageAsync(baseUrl: baseUrl);
        var before = await NewCattleAsync(visitor);

        // 1. The 农业农村局 editor records the project in the chapter's ledger and submits it.
        var editor = await browser.NewPageAsync(baseUrl: baseUrl);
        await BrowserSite.LoginAsync(editor, Editor);
        var project = await CreateAsync(editor, "IndustryProject", "黄花乡羊槽村肉牛养殖园区扩建", async page =>
        {
            await page.SelectOptionAsync("#field-Industry", "肉牛");
            await page.SelectOptionAsync("#field-Township", "黄花乡");
            await page.SelectOptionAsync("#field-Stage", "在建");
            await page.FillAsync("#field-Investment", "120");
            await page.FillAsync("#field-LinkageFund", "100");
            await page.FillAsync("#field-SocialFund", "20");
            await page.FillAsync("#field-NewCattle", "260");
        });
        await browser.SaveScreenshotAsync(editor, "industry-project-draft");
        await BrowserSite.ReviewActionAsync(editor, project, "提交审核");
        Assert.Contains("已提交", await editor.InnerTextAsync("main"));

        // Submitted is not published: the public figure has not moved.
        Assert.Equal(before, await NewCattleAsync(visitor));

        // 2. The reviewer publishes it; the target is summed from the published ledger.
        var reviewer = await browser.NewPageAsync(baseUrl: baseUrl);
        await BrowserSite.LoginAsync(reviewer, Reviewer);
        await BrowserSite.ReviewActionAsync(reviewer, project, "审核通过并发布");

        // 3. The public task page shows the new figure and how it is calculated.
        Assert.Equal(before + 260, await NewCattleAsync(visitor));
        var row = NewCattleRow(visitor);
        Assert.Contains("产业项目", await row.InnerTextAsync()); // the calculation names the ledger it sums
        await Axe.AssertNoSeriousViolationsAsync(visitor);
        await browser.SaveScreenshotAsync(visitor, "industry-task-2");
        // The figure links to the published records it adds up.
        await visitor.ClickAsync("a:has-text('查看“新增肉牛”的记录')");
        await visitor.WaitForURLAsync("**/plan/2023/targets/2-new-cattle/records");
        Assert.Contains("黄花乡羊槽村肉牛养殖园区扩建", await visitor.InnerTextAsync("main"));
        await Axe.AssertNoSeriousViolationsAsync(visitor);
        await browser.SaveScreenshotAsync(visitor, "industry-target-records");

        // The project's public fields have a page of their own, which the search box finds.
        var projectHit = visitor.Locator($".jy-search-result-title a[href='/records/{project}']");
        await SearchUntilFoundAsync(visitor, "羊槽村 肉牛", projectHit);
        await projectHit.ClickAsync();
        await visitor.WaitForURLAsync($"**/records/{project}");
        var record = await visitor.InnerTextAsync("main");
        Assert.Contains("260 头", record);
        Assert.Contains("农业农村局", record);
        await Axe.AssertNoSeriousViolationsAsync(visitor);
        await browser.SaveScreenshotAsync(visitor, "industry-project-public");

        // 4. A 公示 by the same editor, published by the reviewer, is found by the search box.
        var notice = await CreateAsync(editor, "Notice", NoticeTitle, async page =>
        {
            await page.SelectOptionAsync("#field-Kind", "公示");
            await page.FillAsync("#field-Body", "<p>经村级申报、乡镇审核，拟对黄花乡羊槽村等12户肉牛养殖户给予奖补，现予公示。</p>");
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
            await page.FillAsync("#field-PeriodStart", today.AddDays(-1).ToString("yyyy-MM-dd"));
            await page.FillAsync("#field-PeriodEnd", today.AddDays(5).ToString("yyyy-MM-dd"));
            await page.FillAsync("#field-ObjectionPhone", "0954-5011234");
        });
        await BrowserSite.ReviewActionAsync(editor, notice, "提交审核");
        await BrowserSite.ReviewActionAsync(reviewer, notice, "审核通过并发布");

        await visitor.GotoAsync("/");
        var hit = visitor.Locator(".jy-search-result-title a", new() { HasTextString = NoticeTitle });
        await SearchUntilFoundAsync(visitor, "肉牛 奖补", hit);
        await Axe.AssertNoSeriousViolationsAsync(visitor);
        await browser.SaveScreenshotAsync(visitor, "notice-search");
        Assert.Contains("<mark>", await visitor.InnerHTMLAsync(".jy-search-results"));

        await hit.ClickAsync();
        await visitor.WaitForURLAsync($"**/notices/{notice}");
        var detail = await visitor.InnerTextAsync("main");
        Assert.Contains("公示中", detail);
        Assert.Contains("农业农村局", detail);
        Assert.Contains("0954-5011234", detail);
        await Axe.AssertNoSeriousViolationsAsync(visitor);
        await browser.SaveScreenshotAsync(visitor, "notice-detail");

        Assert.Empty(browser.ExternalRequests);
        Assert.Empty(browser.ConsoleErrors);
    }

    /// <summary>Fills the generic content editor for a new item, saves the draft, and returns the new item's id.</summary>
    private static async Task<string> CreateAsync(IPage page, string type, string title, Func<IPage, Task> fill)
    {
        var form = await page.GotoAsync($"/admin/content/new/{type}");
        Assert.True(form?.Ok, $"the {type} form answered {form?.Status}");
        await page.FillAsync("#DisplayText", title);
        await fill(page);
        await page.ClickAsync("button[type=submit]:has-text('保存草稿')");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (!page.Url.EndsWith("/edit", StringComparison.Ordinal))
        {
            var errors = await page.Locator(".invalid-feedback, .validation-summary-errors, .alert").AllInnerTextsAsync();
            Assert.Fail($"saving the {type} was refused: {string.Join(" | ", errors.Where(e => e.Trim().Length > 0))}");
        }
        var segments = new Uri(page.Url).Segments;
        return segments[^2].TrimEnd('/');
    }

    private static ILocator NewCattleRow(IPage page) =>
        page.Locator("tr", new() { Has = page.Locator("th[scope=row]", new() { HasTextString = "新增肉牛" }) });

    /// <summary>Task 2's achieved 新增肉牛 as a visitor reads it on the public task page ("1,260 头"; 暂无审核数据 is 0).</summary>
    private static async Task<decimal> NewCattleAsync(IPage visitor)
    {
        var response = await visitor.GotoAsync("/plan/2023/tasks/2");
        Assert.True(response?.Ok, $"the task page answered {response?.Status}");
        var achieved = await NewCattleRow(visitor).Locator("td").Nth(1).InnerTextAsync(); // after 目标值
        var number = Regex.Match(achieved, "^[0-9,.]+");
        return number.Success ? decimal.Parse(number.Value.Replace(",", ""), CultureInfo.InvariantCulture) : 0m;
    }

    /// <summary>Searches through the header's box until the index has caught up with the publication (a few polls).</summary>
    private static async Task SearchUntilFoundAsync(IPage page, string query, ILocator hit)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await page.FillAsync("#jy-search-q", query);
            await page.ClickAsync("form[role=search] button[type=submit]");
            await page.WaitForURLAsync("**/search?**");
            if (await hit.CountAsync() > 0) return;
            await Task.Delay(200);
        }
        Assert.Fail($"search for “{query}” did not find the published item");
    }
}

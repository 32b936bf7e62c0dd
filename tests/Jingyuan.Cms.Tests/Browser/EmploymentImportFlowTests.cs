using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Spreadsheets;
using Jingyuan.Cms.Tests.Infrastructure;
using Jingyuan.Cms.Tests.Modules.SocialSecurity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jingyuan.Cms.Tests.Browser;

/// <summary>
/// The monthly workers' ledger as 人社局 keeps it: the editor downloads the ledger's template, fills in 20
/// workers for June 2023 and imports it for review; the coordinating office's reviewer ticks them all and
/// publishes them at once; task 11's 转移就业 rises by the 15 in a transfer form and chapter 二's public tally
/// (table and chart) counts them by form, naming no one. This month's month-end page lists all 20, masked.
/// Screenshots: TestResults/screenshots/employment-*.png.
/// </summary>
public sealed class EmploymentImportFlowTests
{
    private const string Editor = "rsj-ledger-editor";
    private const string Reviewer = "xczx-ledger-reviewer";
    private const int Workers = 20;
    private const int Unemployed = 5;

    [Fact]
    public async Task Twenty_imported_workers_published_together_raise_task_11_and_the_chapter_tally()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var site = await BrowserSite.StartAsync();
        var baseUrl = BrowserSite.BaseUrl(site);
        await site.CreateUserAsync(Editor, BuiltInRoles.DepartmentEditor, (await site.DepartmentAsync("人社局")).Id);
        await site.CreateUserAsync(Reviewer, BuiltInRoles.Reviewer, (await site.DepartmentAsync("乡村振兴局")).Id);

        var village = (await site.WithServicesAsync(sp => sp.GetRequiredService<IPlanStore>().ListSitesAsync()))[0].Name;
        var visitor = await browser.NewPageAsync(baseUrl: baseUrl);
        var before = await TransferEmploymentAsync(visitor);

        // 1. The editor fills the ledger's own template and imports it as June's rows, submitted for review.
        var editor = await browser.NewPageAsync(baseUrl: baseUrl);
        await BrowserSite.LoginAsync(editor, Editor);
        var template = await editor.APIRequest.GetAsync("/admin/content/sheets/EmploymentRecord/template.xlsx");
        Assert.True(template.Ok, $"the template answered {template.Status}");
        var sheet = Path.Combine(Path.GetTempPath(), $"employment-{Guid.NewGuid():n}.xlsx");
        await File.WriteAllBytesAsync(sheet, FillTemplate(await template.BodyAsync(), village), TestContext.Current.CancellationToken);
        await editor.GotoAsync("/admin/content/sheets/EmploymentRecord/import");
        await editor.FillAsync("#month", "2023-06");
        await editor.SetInputFilesAsync("#file", sheet);
        await editor.CheckAsync("#submit");
        await browser.SaveScreenshotAsync(editor, "employment-import-form");
        await editor.ClickAsync("button[type=submit]:has-text('上传并导入')");
        await editor.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var imported = await editor.InnerTextAsync("main");
        Assert.True(imported.Contains($"已导入 {Workers} 条记录", StringComparison.Ordinal), imported);
        await browser.SaveScreenshotAsync(editor, "employment-imported");
        Assert.Equal(before, await TransferEmploymentAsync(visitor)); // submitted is not published

        // 2. The reviewer ticks every submitted row on the list and publishes them together.
        var reviewer = await browser.NewPageAsync(baseUrl: baseUrl);
        await BrowserSite.LoginAsync(reviewer, Reviewer);
        await reviewer.GotoAsync("/admin/content?type=EmploymentRecord&status=Submitted");
        Assert.Equal(Workers, await reviewer.Locator("input[name=ids]").CountAsync());
        Assert.DoesNotContain("马测员", await reviewer.InnerTextAsync("main")); // titles are masked persons
        await reviewer.CheckAsync("input[data-check-all=ids]");
        await browser.SaveScreenshotAsync(reviewer, "employment-review-list");
        await reviewer.ClickAsync("button:has-text('审核通过并发布所选')");
        await reviewer.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains($"已审核通过并发布 {Workers} 条", await reviewer.InnerTextAsync("main"));

        // 3. The public figures follow: task 11, and the chapter's tally by form, in a table and a chart.
        Assert.Equal(before + Workers - Unemployed, await TransferEmploymentAsync(visitor));
        await Axe.AssertNoSeriousViolationsAsync(visitor);
        await browser.SaveScreenshotAsync(visitor, "employment-task-11");
        await visitor.GotoAsync("/plan/2023/chapters/2");
        await visitor.WaitForSelectorAsync("[data-tally-chart][data-chart-rendered=true] svg");
        var chapter = await visitor.InnerTextAsync("main");
        Assert.Contains("就业人员按就业形式统计", chapter);
        Assert.Contains("全县合计", chapter);
        Assert.DoesNotContain("马测员", chapter);
        await Axe.AssertNoSeriousViolationsAsync(visitor);
        await browser.SaveScreenshotAsync(visitor, "employment-chapter-tally");

        // 4. This month's end in the admin: the 20, masked; June 2023's end came before they were published, and
        // none has reported this month yet.
        var thisMonth = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await editor.GotoAsync($"/admin/ledgers/EmploymentRecord/monthly?month={thisMonth}");
        var monthEnd = await editor.InnerTextAsync("main");
        Assert.True(monthEnd.Contains($"月末情况：共 {Workers} 人", StringComparison.Ordinal), monthEnd);
        Assert.Contains($"本月未报：共 {Workers} 人", monthEnd);
        Assert.Contains("马**1", monthEnd);
        Assert.DoesNotContain("马测员1", monthEnd);
        await browser.SaveScreenshotAsync(editor, "employment-month-end");

        File.Delete(sheet);
        Assert.Empty(browser.ExternalRequests);
        Assert.Empty(browser.ConsoleErrors);
    }

    /// <summary>Rows under the template's own headers: 15 workers in 区外转移 (8 of them 劳务移民), 5 unemployed.</summary>
    private static byte[] FillTemplate(byte[] template, string village)
    {
        using var workbook = new XLWorkbook(new MemoryStream(template));
        var ws = workbook.Worksheets.First();
        var columns = ws.Row(1).CellsUsed().ToDictionary(c => SpreadsheetColumn.Normalize(c.GetString()), c => c.Address.ColumnNumber);
        for (var n = 1; n <= Workers; n++)
        {
            var row = ws.Row(n + 1);
            void Put(string header, string value) => row.Cell(columns[header]).SetValue(value);
            var employed = n > Unemployed;
            Put("年度", "2023");
            Put("姓名", $"马测员{n}");
            Put("身份证号码", SocialSecurityTestData.IdNumber(600 + n));
            Put("安置区（村）", village);
            Put("移民类别", n % 2 == 0 ? "劳务移民" : "生态移民");
            Put("就业形式", employed ? "区外转移" : "未就业");
            if (employed) { Put("就业单位", "闽宁协作企业"); Put("就业地点", "福建省福州市"); Put("月收入（元）", "4200"); }
            Put("本年是否参加技能培训", n % 3 == 0 ? "是" : "否");
        }
        var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    private static ILocator TransferRow(IPage page) =>
        page.Locator("tr", new() { Has = page.Locator("th[scope=row]", new() { HasTextRegex = new Regex("^转移就业") }) });

    /// <summary>Task 11's achieved 转移就业 as a visitor reads it on the public task page.</summary>
    private static async Task<decimal> TransferEmploymentAsync(IPage visitor)
    {
        var response = await visitor.GotoAsync("/plan/2023/tasks/11");
        Assert.True(response?.Ok, $"the task page answered {response?.Status}");
        var achieved = await TransferRow(visitor).Locator("td").Nth(1).InnerTextAsync();
        var number = Regex.Match(achieved, "^[0-9,.]+");
        return number.Success ? decimal.Parse(number.Value.Replace(",", ""), CultureInfo.InvariantCulture) : 0m;
    }
}

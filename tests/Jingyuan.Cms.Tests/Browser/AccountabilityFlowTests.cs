using System.Globalization;
using Jingyuan.Cms.Archive;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Infrastructure;
using Jingyuan.Cms.Tests.Portal;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jingyuan.Cms.Tests.Browser;

/// <summary>
/// The safeguards in a real browser: the coordinating office logs a 包抓 visit and raises a 督办事项 from it, the unit signs
/// and answers with evidence, the office returns it once and then closes it; the 考核 page shows the unit's points;
/// the archive package of task 2 downloads and verifies. Screenshots: TestResults/screenshots/accountability-*.png.
/// </summary>
public sealed class AccountabilityFlowTests
{
    [Fact]
    public async Task Office_and_unit_run_a_supervision_item_to_closure_then_score_and_archive()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var site = await BrowserSite.StartAsync();
        var baseUrl = BrowserSite.BaseUrl(site);
        var agriculture = await site.DepartmentAsync("农业农村局");
        var coordinator = await site.DepartmentAsync("乡村振兴局");
        await site.CreateUserAsync("xczx-office", BuiltInRoles.Reviewer, coordinator.Id);
        await site.CreateUserAsync("nyj-editor", BuiltInRoles.DepartmentEditor, agriculture.Id);
        await site.ReportAsync(2, "新增肉牛", "2023-05", 360, ReportFate.Approved);
        var task2 = await site.TaskAsync(2);

        // A county 包抓 leader of 羊槽村 (黄花乡) for 2023.
        var (siteId, leaderId) = await site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var village = await db.Set<ResettlementSite>().SingleAsync(x => x.Name == "羊槽村");
            var leader = new SiteLeader { SiteId = village.Id, Year = 2023, Level = LeaderLevel.County, Name = "马县长", Position = "副县长" };
            db.Add(leader);
            await db.SaveChangesAsync();
            return (village.Id, leader.Id);
        });

        // 1. The office logs the 包抓 visit, raises the item from it (source and site come from the visit) and assigns it.
        var office = await browser.NewPageAsync(baseUrl: baseUrl);
        await BrowserSite.LoginAsync(office, "xczx-office");
        await office.GotoAsync("/admin/supervision/visits/new?year=2023");
        await office.SelectOptionAsync("#site", siteId.ToString(CultureInfo.InvariantCulture));
        await office.ClickAsync("#choose-site");
        await office.WaitForSelectorAsync("#LeaderId");
        await office.SelectOptionAsync("#LeaderId", leaderId.ToString(CultureInfo.InvariantCulture));
        await office.FillAsync("#VisitedOn", "2023-06-15");
        await office.FillAsync("#Findings", "园区粪污处理设施未按期建成。");
        await office.ClickAsync("button:has-text('保存走访记录')");
        await office.WaitForURLAsync(url => url.Contains("/admin/supervision/visits/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        var visitUrl = new Uri(office.Url).AbsolutePath;
        Assert.Contains("马县长", await office.InnerTextAsync("#visit-leader"));
        await AssertAdminLayoutAsync(office);
        await browser.SaveScreenshotAsync(office, "accountability-0-visit");
        await office.ClickAsync("#raise-from-visit");
        await office.WaitForSelectorAsync("#Title");
        Assert.Equal(0, await office.Locator("#Source").CountAsync());
        await office.FillAsync("#Title", "园子村养殖园区粪污处理设施未建成");
        await office.FillAsync("#Content", "县级包抓领导走访发现园区粪污处理设施未按期建成，请限期整改。");
        await office.SelectOptionAsync("#LeadUnitId", agriculture.Id.ToString(CultureInfo.InvariantCulture));
        await office.SelectOptionAsync("#PlanTaskId", new SelectOptionValue { Label = $"任务2 {task2.Title}" });
        await office.FillAsync("#Deadline", DateTime.Today.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await office.ClickAsync("form button[type=submit]:has-text('立项')");
        await office.WaitForURLAsync(url => url.Contains("/admin/supervision/items/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        var itemUrl = new Uri(office.Url).AbsolutePath;
        await office.ClickAsync("button:has-text('交办')");
        await office.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("交办", await office.InnerTextAsync("#stage"));
        await AssertAdminLayoutAsync(office);
        await browser.SaveScreenshotAsync(office, "accountability-1-assigned");

        // 2. The unit signs and answers with evidence.
        var unit = await browser.NewPageAsync(baseUrl: baseUrl);
        await BrowserSite.LoginAsync(unit, "nyj-editor");
        await unit.GotoAsync(itemUrl);
        await unit.ClickAsync("button:has-text('签收')");
        await unit.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await AnswerAsync(unit, "已开工建设粪污处理池，预计月底完工。");
        Assert.Equal("反馈", await unit.InnerTextAsync("#stage"));

        // 3. The office returns it once, with a reason; the unit answers again; the office closes it.
        await office.GotoAsync(itemUrl);
        await office.FillAsync("#return-reason", "尚未完工，请补充完工验收照片");
        await office.ClickAsync("button:has-text('退回重办')");
        await office.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await unit.GotoAsync(itemUrl);
        Assert.Contains("尚未完工，请补充完工验收照片", await unit.InnerTextAsync("main"));
        await AnswerAsync(unit, "粪污处理设施已建成并通过验收，附验收照片。");
        await office.GotoAsync(itemUrl);
        await office.ClickAsync("button:has-text('办结销号')");
        await office.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("办结", await office.InnerTextAsync("#stage"));
        await browser.SaveScreenshotAsync(office, "accountability-2-closed");
        await office.GotoAsync(visitUrl);
        Assert.Contains("办结", await office.InnerTextAsync("#raised-items"));

        // 4. 考核: the administrator sets the scheme, the office computes; the page shows the unit's points.
        var admin = await browser.NewPageAsync(baseUrl: baseUrl);
        await admin.GotoAsync("/admin/login");
        await admin.FillAsync("#UserName", "admin");
        await admin.FillAsync("#Password", CmsWebFactory.AdminPassword);
        await admin.ClickAsync("button[type=submit]");
        await admin.WaitForURLAsync(url => !url.Contains("/admin/login", StringComparison.Ordinal));
        await admin.GotoAsync("/admin/assessment/scheme/2023");
        foreach (var checkbox in await admin.QuerySelectorAllAsync("input[type=checkbox][name$='.Included']")) await checkbox.CheckAsync();
        await admin.ClickAsync("button:has-text('保存考核方案')");
        await admin.WaitForURLAsync(url => url.Contains("/admin/assessment?year=2023", StringComparison.Ordinal));
        await office.GotoAsync("/admin/assessment?year=2023");
        await office.ClickAsync("button:has-text('计算得分')");
        await office.WaitForURLAsync(url => url.Contains("/admin/assessment/rounds/", StringComparison.Ordinal));
        var row = office.Locator($"#ranking-department tr[data-unit='{agriculture.Id}']");
        Assert.Contains("农业农村局", await row.InnerTextAsync());
        Assert.Matches(@"^\d+(\.\d+)?$", (await row.Locator("td.total").InnerTextAsync()).Trim());
        Assert.Contains("目标任务完成", await office.InnerTextAsync("main"));
        await AssertAdminLayoutAsync(office);
        await browser.SaveScreenshotAsync(office, "accountability-3-assessment");

        // 5. The archive package of task 2: requested, built in the background, downloaded, verified.
        await office.GotoAsync("/admin/archive?year=2023");
        await office.SelectOptionAsync("#taskId", task2.Id.ToString(CultureInfo.InvariantCulture));
        await office.ClickAsync("form[aria-label='生成档案包'] button[type=submit]");
        await office.WaitForSelectorAsync("#archive-download", new PageWaitForSelectorOptions { Timeout = 60_000 });
        var download = await office.RunAndWaitForDownloadAsync(() => office.ClickAsync("#archive-download"));
        var path = Path.Combine(Path.GetDirectoryName(BrowserSession.ScreenshotPath("x"))!, "accountability-task2.zip");
        await download.SaveAsAsync(path);
        await using (var zip = File.OpenRead(path))
            Assert.Empty(await ArchiveVerifier.VerifyAsync(zip, TestContext.Current.CancellationToken));
        await AssertAdminLayoutAsync(office);
        await browser.SaveScreenshotAsync(office, "accountability-4-archive");
        Assert.Empty(browser.ExternalRequests);
    }

    /// <summary>Module pages are admin pages: the admin's shell, not the public portal's header.</summary>
    private static async Task AssertAdminLayoutAsync(IPage page)
    {
        Assert.Equal(1, await page.Locator(".jy-admin-sidebar").CountAsync());
        Assert.Equal(0, await page.Locator("text=专栏首页").CountAsync());
    }

    private static async Task AnswerAsync(IPage unit, string note)
    {
        await unit.FillAsync("#report-note", note);
        await unit.SetInputFilesAsync("#report-files", new FilePayload { Name = "验收照片.png", MimeType = "image/png", Buffer = TestImages.Png(64, 48) });
        await unit.ClickAsync("button:has-text('提交反馈')");
        await unit.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}

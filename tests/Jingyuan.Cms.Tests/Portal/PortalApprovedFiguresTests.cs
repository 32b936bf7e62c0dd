using System.Text.Json;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Jingyuan.Cms.Tests.Portal;

public sealed class PortalApprovedFiguresTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Only_approved_figures_appear_on_pages_and_in_downloads(TestDatabase database)
    {
        await using var site = await PortalSite.StartAsync(database);
        var photo = await site.SavePhotoAsync();
        // Task 11 (人社局): 转移就业 4000 人, a reported target.
        await site.ReportAsync(11, "转移就业", "2023-03", 1300, ReportFate.Approved, "人社局", evidence: [photo]);
        await site.ReportAsync(11, "转移就业", "2023-04", 2777, ReportFate.Submitted, "人社局");
        await site.ReportAsync(11, "转移就业", "2023-05", 2888, ReportFate.Rejected, "人社局");
        await site.ReportAsync(11, "转移就业", "2023-06", 2999, ReportFate.Draft, "人社局");
        await site.ReportAsync(11, "转移就业", "2023-07", 2456, ReportFate.Withdrawn, "人社局");

        var task = await site.GetPageAsync("/plan/2023/tasks/11");
        var employment = TargetRow(task, "转移就业");
        Assert.Contains("不少于 4000 人", employment);
        Assert.Contains("1300 人", employment);
        Assert.Contains("32.5%", employment); // 1300 ÷ 4000
        Assert.Contains("人社局", employment); // the explanation names the reporting unit
        // History: the approved report with its period, unit, publish date and photo.
        Assert.Contains("<strong>1300 人</strong>", task);
        Assert.Contains("2023年3月", task);
        Assert.Contains($"href=\"/media/{photo.Id}\"><img src=\"/media/{photo.Id}\"", task);
        Assert.Matches("发布日期：<time datetime=\"\\d{4}-\\d{2}-\\d{2}\">[^<]+</time></span>(　|&#x3000;)<span>发布单位：人社局</span>", task);
        // The photo of an approved report is public.
        using (var client = site.Client())
        {
            var image = await client.GetAsync(photo.Url, TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.OK, image.StatusCode);
            Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        }

        var home = await site.GetPageAsync("/");
        Assert.Contains("<strong>1300 人</strong>", home);
        var pages = new[] { task, home, await site.GetPageAsync("/plan/2023/chapters/2"), await site.GetPageAsync("/plan/2023") };
        foreach (var html in pages)
        {
            foreach (var hidden in new[] { "2777", "2888", "2999", "2456", "2023年4月", "2023年5月", "2023年6月", "2023年7月" })
                Assert.DoesNotContain(hidden, html);
            Assert.DoesNotContain(PortalSite.PersonalName, html);
            Assert.DoesNotContain(PortalSite.PersonalPhone, html);
            Assert.DoesNotContain("进展顺利", html); // the narrative is never published
        }

        var json = JsonDocument.Parse(await site.GetPageAsync("/plan/2023/data.json"));
        var target = PortalDownloadsTests.Targets(json).Single(t => t.GetProperty("key").GetString() == "11-transfer-employment");
        Assert.Equal(1300m, target.GetProperty("achieved").GetDecimal());
        var csv = PortalDownloadsTests.ParseCsv(await DownloadAsync(site, "/plan/2023/data.csv"));
        Assert.Equal("1300", csv.Single(r => r[7] == "11-transfer-employment")[12]);
        foreach (var body in new[] { json.RootElement.GetRawText(), string.Join("\n", csv.Select(r => string.Join(",", r))) })
        {
            foreach (var value in new[] { "2777", "2888", "2999", "2456" }) Assert.DoesNotContain(value, body);
            Assert.DoesNotContain(PortalSite.PersonalPhone, body);
            Assert.DoesNotContain(PortalSite.PersonalName, body);
        }
    }

    [Fact]
    public async Task A_report_on_a_computed_target_is_listed_but_the_figure_stays_computed()
    {
        await using var site = await PortalSite.StartAsync();
        // 新增肉牛 is summed from the industry chapter's project ledger while that module is enabled.
        await site.ReportAsync(2, "新增肉牛", "2023-05", 900, ReportFate.Approved);

        var task = await site.GetPageAsync("/plan/2023/tasks/2");
        var cattle = TargetRow(task, "新增肉牛");
        Assert.Contains("1200 头", cattle);
        Assert.DoesNotContain("900 头", cattle);
        Assert.Contains("产业项目", cattle); // the module's explanation of how the figure is computed
        Assert.Contains("<strong>900 头</strong>", task); // the report is in the history all the same
    }

    [Fact]
    public async Task A_newly_approved_report_shows_at_once_despite_the_cache()
    {
        await using var site = await PortalSite.StartAsync();
        await site.ReportEmploymentByHandAsync();
        Assert.Contains("暂无审核数据", TargetRow(await site.GetPageAsync("/plan/2023/tasks/11"), "转移就业"));
        var chartBefore = ChapterPercent(await site.GetPageAsync("/"), 1);

        var report = await site.ReportAsync(11, "转移就业", "2023-05", 2000, ReportFate.Submitted, "人社局");
        // Submitted is not approved: the page (cached or not) shows nothing of it.
        Assert.DoesNotContain("2000 人", await site.GetPageAsync("/plan/2023/tasks/11"));

        await site.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<IContentManager>().SubmitAndPublishAsync(report.ContentItemId);
            return true;
        });

        Assert.Contains("2000 人", TargetRow(await site.GetPageAsync("/plan/2023/tasks/11"), "转移就业"));
        Assert.True(ChapterPercent(await site.GetPageAsync("/"), 1) > chartBefore);
    }

    [Fact]
    public async Task Status_colours_follow_the_published_rule_at_a_fixed_date()
    {
        // 2023-07-01 10:00 in Beijing: day 182 of 365, so the year is 49.9 % gone.
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 7, 1, 2, 0, 0, TimeSpan.Zero));
        await using var site = await PortalSite.StartAsync(clock: clock);
        await site.ReportAsync(11, "转移就业", "2023-06", 2000, ReportFate.Approved, "人社局");         // 50 %  → green
        await site.ReportAsync(11, "其中劳务移民就业", "2023-06", 552, ReportFate.Approved, "人社局");  // 40 %  → yellow (9.9 behind)
        await site.ReportAsync(12, "开展各种技能培训", "2023-06", 3100, ReportFate.Approved, "人社局"); // 100 % → green
        // Task 13: nothing approved                                                                   // 0 %   → red (49.9 behind)

        var elapsed = ProgressRule.ElapsedPercent(2023, new DateOnly(2023, 7, 1));
        Assert.Equal(49.9m, elapsed);
        var task = await site.GetPageAsync("/plan/2023/tasks/11");
        Assert.Contains("时间进度 49.9%", task);
        Assert.Contains("jy-status-green", TargetRow(task, "转移就业"));
        Assert.Contains("jy-status-yellow", TargetRow(task, "其中劳务移民就业"));
        Assert.Contains("jy-status-red", TargetRow(await site.GetPageAsync("/plan/2023/tasks/13"), "提供就业岗位"));

        var home = await site.GetPageAsync("/");
        Assert.Contains("jy-status-yellow", TaskRow(home, 11)); // the worst of its targets
        Assert.Contains("jy-status-green", TaskRow(home, 12));
        Assert.Contains("jy-status-red", TaskRow(home, 13));
        Assert.Contains("jy-status-none", TaskRow(home, 23));  // no quantified target
        Assert.Contains("（截至 2023-07-01）", home);
        // Same lights on the chapter and department pages.
        var chapter = await site.GetPageAsync("/plan/2023/chapters/2");
        Assert.Contains("jy-status-yellow", TaskRow(chapter, 11));
        Assert.Contains("jy-status-green", TaskRow(chapter, 12));
        var hr = await site.DepartmentAsync("人社局");
        Assert.Contains("jy-status-red", TaskRow(await site.GetPageAsync(PlanUrls.Department(2023, hr.Id)), 13));
    }

    internal static string TargetRow(string html, string description)
    {
        var match = Regex.Match(html, $"<tr>\\s*<th scope=\"row\">{Regex.Escape(description)}</th>[\\s\\S]*?</tr>");
        Assert.True(match.Success, $"no target row {description}");
        return match.Value;
    }

    internal static string TaskRow(string html, int number)
    {
        var match = Regex.Match(html, $"<tr>\\s*<td>{number}</td>\\s*<th scope=\"row\"><a href=\"/plan/2023/tasks/{number}\">[\\s\\S]*?</tr>");
        Assert.True(match.Success, $"no task row {number}");
        return match.Value;
    }

    /// <summary>The chart data's completion of the chapter at <paramref name="index"/> (0 when not set).</summary>
    internal static decimal ChapterPercent(string home, int index)
    {
        var block = Regex.Match(home, "<script type=\"application/json\" id=\"chapter-chart-data\">([\\s\\S]*?)</script>");
        Assert.True(block.Success);
        using var data = JsonDocument.Parse(block.Groups[1].Value);
        var value = data.RootElement.GetProperty("values")[index];
        return value.ValueKind == JsonValueKind.Null ? 0m : value.GetDecimal();
    }

    private static async Task<string> DownloadAsync(PortalSite site, string url)
    {
        using var client = site.Client();
        return await client.GetStringAsync(url);
    }
}

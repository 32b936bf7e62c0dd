using System.Text.Json;
using Jingyuan.Cms.Content;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Jingyuan.Cms.Tests.Portal;

public sealed class PortalApprovedFiguresTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Only_approved_figures_appear_on_pages_and_in_downloads(TestDatabase database)
    {
        await using var site = await PortalSite.StartAsync(database);
        var photo = await site.SavePhotoAsync();
        await site.ReportAsync(2, "新增肉牛", "2023-03", 345, ReportFate.Approved, evidence: [photo]);
        await site.ReportAsync(2, "新增肉牛", "2023-04", 777, ReportFate.Submitted);
        await site.ReportAsync(2, "新增肉牛", "2023-05", 888, ReportFate.Rejected);
        await site.ReportAsync(2, "新增肉牛", "2023-06", 999, ReportFate.Draft);
        await site.ReportAsync(2, "新增肉牛", "2023-07", 456, ReportFate.Withdrawn);

        var task = await site.GetPageAsync("/plan/2023/tasks/2");
        var cattle = TargetRow(task, "新增肉牛");
        Assert.Contains("1200 头", cattle);
        Assert.Contains("345 头", cattle);
        Assert.Contains("28.8%", cattle); // 345 ÷ 1200
        Assert.Contains("农业农村局", cattle); // the explanation names the reporting unit
        // History: the approved report with its period, unit, publish date and photo.
        Assert.Contains("<strong>345 头</strong>", task);
        Assert.Contains("2023年3月", task);
        Assert.Contains($"href=\"/media/{photo.Id}\"><img src=\"/media/{photo.Id}\"", task);
        Assert.Matches("发布日期：<time datetime=\"\\d{4}-\\d{2}-\\d{2}\">[^<]+</time></span>　<span>发布单位：农业农村局</span>", task);

        var home = await site.GetPageAsync("/");
        Assert.Contains("<strong>345 头</strong>", home);
        var pages = new[] { task, home, await site.GetPageAsync("/plan/2023/chapters/1"), await site.GetPageAsync("/plan/2023") };
        foreach (var html in pages)
        {
            foreach (var hidden in new[] { "777 头", "888 头", "999 头", "456 头", "2023年4月", "2023年5月", "2023年6月", "2023年7月" })
                Assert.DoesNotContain(hidden, html);
            Assert.DoesNotContain(PortalSite.PersonalName, html);
            Assert.DoesNotContain(PortalSite.PersonalPhone, html);
            Assert.DoesNotContain("进展顺利", html); // the narrative is never published
        }

        var json = JsonDocument.Parse(await site.GetPageAsync("/plan/2023/data.json"));
        var target = PortalDownloadsTests.Targets(json).Single(t => t.GetProperty("key").GetString() == "2-new-cattle");
        Assert.Equal(345m, target.GetProperty("achieved").GetDecimal());
        var csv = PortalDownloadsTests.ParseCsv(await DownloadAsync(site, "/plan/2023/data.csv"));
        var row = csv.Single(r => r[7] == "2-new-cattle");
        Assert.Equal("345", row[12]);
        foreach (var body in new[] { json.RootElement.GetRawText(), string.Join("\n", csv.Select(r => string.Join(",", r))) })
        {
            foreach (var value in new[] { "777", "888", "999", "456" }) Assert.DoesNotContain(value, body);
            Assert.DoesNotContain(PortalSite.PersonalPhone, body);
            Assert.DoesNotContain(PortalSite.PersonalName, body);
        }
    }

    [Fact]
    public async Task A_newly_approved_report_shows_at_once_despite_the_cache()
    {
        await using var site = await PortalSite.StartAsync();
        Assert.Contains("暂无审核数据", TargetRow(await site.GetPageAsync("/plan/2023/tasks/2"), "新增肉牛"));
        var chartBefore = ChapterPercent(await site.GetPageAsync("/"), 0);

        var report = await site.ReportAsync(2, "新增肉牛", "2023-05", 600, ReportFate.Submitted);
        // Submitted is not approved: the cached page is right to show nothing.
        Assert.DoesNotContain("600 头", await site.GetPageAsync("/plan/2023/tasks/2"));

        await site.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<IContentManager>().PublishAsync(report.ContentItemId);
            return true;
        });

        Assert.Contains("600 头", TargetRow(await site.GetPageAsync("/plan/2023/tasks/2"), "新增肉牛"));
        Assert.True(ChapterPercent(await site.GetPageAsync("/"), 0) > chartBefore);
    }

    [Fact]
    public async Task Status_colours_follow_the_published_rule_at_a_fixed_date()
    {
        // 2023-07-01 10:00 in Beijing: day 182 of 365, so the year is 49.9 % gone.
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 7, 1, 2, 0, 0, TimeSpan.Zero));
        await using var site = await PortalSite.StartAsync(clock: clock);
        await site.ReportAsync(2, "新增肉牛", "2023-06", 600, ReportFate.Approved);          // 50 %   → green
        await site.ReportAsync(2, "移民村基础母牛扩栏", "2023-06", 200, ReportFate.Approved); // 40 %   → yellow (9.9 behind)
        // 新建肉牛养殖园区: nothing approved                                                  // 0 %    → red (49.9 behind)
        await site.ReportAsync(3, "引进基础母羊", "2023-06", 2000, ReportFate.Approved);        // 100 %
        await site.ReportAsync(3, "新建肉羊养殖场", "2023-06", 1, ReportFate.Approved);
        await site.ReportAsync(3, "高效优质饲草料种植基地", "2023-06", 700, ReportFate.Approved); // 70 % → task 3 green

        var elapsed = ProgressRule.ElapsedPercent(2023, new DateOnly(2023, 7, 1));
        Assert.Equal(49.9m, elapsed);
        var task = await site.GetPageAsync("/plan/2023/tasks/2");
        Assert.Contains("时间进度 49.9%", task);
        Assert.Contains("jy-status-green", TargetRow(task, "新增肉牛"));
        Assert.Contains("jy-status-yellow", TargetRow(task, "移民村基础母牛扩栏"));
        Assert.Contains("jy-status-red", TargetRow(task, "新建肉牛养殖园区"));

        var home = await site.GetPageAsync("/");
        Assert.Contains("jy-status-red", TaskRow(home, 2));      // the worst of its targets
        Assert.Contains("jy-status-green", TaskRow(home, 3));
        Assert.Contains("jy-status-none", TaskRow(home, 1));     // no quantified target
        Assert.Contains("（截至 2023-07-01）", home);
        // Same lights on the chapter and department pages.
        Assert.Contains("jy-status-red", TaskRow(await site.GetPageAsync("/plan/2023/chapters/1"), 2));
        var agriculture = await site.DepartmentAsync("农业农村局");
        Assert.Contains("jy-status-green", TaskRow(await site.GetPageAsync(PlanUrls.Department(2023, agriculture.Id)), 3));
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

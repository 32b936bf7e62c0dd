using System.Net;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Portal;

public sealed partial class PortalPagesTests
{
    [Fact]
    public async Task The_plan_pages_of_2023_render_in_real_chinese_with_publish_info_and_year_switcher()
    {
        await using var site = await PortalSite.StartAsync();
        var agriculture = await site.DepartmentAsync("农业农村局");
        var pages = new Dictionary<string, string[]>
        {
            ["/"] = ["泾源县移民致富提升行动2023年实施方案", "总体完成率", "各方面完成情况", "（一）提升产业发展水平", "发展肉牛养殖产业", "最新进展", "数据下载"],
            ["/plan/2023"] = ["泾源县移民致富提升行动2023年实施方案", "重点任务红黄绿灯", "2023年工作任务"],
            ["/plan/2023/chapters/1"] = ["（一）提升产业发展水平", "坚持以市场需求为导向", "发展肉牛养殖产业", "文化旅游广电局"],
            ["/plan/2023/tasks/2"] = ["2. 发展肉牛养殖产业", "新增肉牛", "1200 头", "移民村基础母牛扩栏", "500 头", "新建肉牛养殖园区", "农业农村局", "发改局", "园子村", "红旗村", "进度报送记录"],
            ["/plan/2023/sites"] = ["2023年移民安置区", "园子村", "红旗村", "绿塬村", "包抓领导", "涉及任务"],
            ["/plan/2023/departments"] = ["2023年责任单位", "农业农村局", "人社局", "牵头任务"],
            [PlanUrls.Department(2023, agriculture.Id)] = ["农业农村局", "牵头任务", "发展肉牛养殖产业", "参与任务", "发挥旅游带动产业"],
            ["/plan/2023/downloads"] = ["2023年数据下载", "项目任务清单", "责任清单"],
        };
        foreach (var (url, expected) in pages)
        {
            var html = await site.GetPageAsync(url);
            // Real characters, not escapes (the theme's full-width gap U+3000 is a space separator, always escaped).
            Assert.DoesNotMatch("&#x(?!3000;)", html);
            Assert.Contains("泾源县移民致富提升行动", html);
            Assert.DoesNotMatch("\\{[0-9]\\}", html); // every format string got its arguments
            foreach (var text in expected) Assert.True(html.Contains(text, StringComparison.Ordinal), $"{url} lacks “{text}”");
            // Every item shows its publish date and issuing unit.
            Assert.Contains("发布日期：<time datetime=\"2023-03-20\">2023-03-20</time>", html);
            Assert.Contains("<span>发布单位：中共泾源县委办公室、泾源县人民政府办公室</span>", html);
            Assert.Contains("aria-label=\"年度切换\"", html);
            Assert.Contains("href=\"/plan/2023", html);
        }
    }

    [Fact]
    public async Task The_home_page_states_the_light_rule_the_method_and_offers_chart_with_table_and_downloads()
    {
        await using var site = await PortalSite.StartAsync();
        var home = await site.GetPageAsync("/");

        Assert.Contains(ProgressRule.Description, home);
        Assert.Contains("完成率为各项量化指标完成率的算术平均值", home);
        // The chart gets its data from a JSON block (no inline script), and a table carries the same numbers.
        Assert.Contains("data-portal-chart=\"chapter-chart-data\"", home);
        Assert.Contains("<script type=\"application/json\" id=\"chapter-chart-data\">", home);
        Assert.Contains("id=\"chapter-table\"", home);
        // Fingerprinted names (MapStaticAssets): /js/portal-charts.{hash}.js.
        Assert.Matches("/js/portal-charts\\.[a-z0-9]+\\.js", home);
        Assert.Matches("/_content/Jingyuan\\.Cms\\.Themes\\.Public/lib/echarts\\.min\\.[a-z0-9]+\\.js", home);
        Assert.DoesNotMatch(new Regex("<script>(?!</script>)"), home);
        Assert.Contains("href=\"/plan/2023/download.xlsx\"", home);
        Assert.Contains("href=\"/plan/2023/data.csv\"", home);
        Assert.Contains("href=\"/plan/2023/data.json\"", home);
        // 29 tasks, each with a light.
        Assert.Equal(29, TaskRows().Matches(home).Count);
    }

    [Theory]
    [InlineData("/plan/1999")]
    [InlineData("/plan/2024")]
    [InlineData("/plan/2023/chapters/0")]
    [InlineData("/plan/2023/chapters/10")]
    [InlineData("/plan/2023/tasks/30")]
    [InlineData("/plan/2022/tasks/2")]
    [InlineData("/plan/2024/sites")]
    [InlineData("/plan/2024/departments")]
    [InlineData("/plan/2023/departments/999999")]
    [InlineData("/plan/2024/download.xlsx")]
    [InlineData("/plan/2024/data.csv")]
    [InlineData("/plan/2024/data.json")]
    public async Task Unknown_years_chapters_tasks_and_units_answer_404(string url)
    {
        await using var site = await PortalSite.StartAsync();
        using var client = site.Client();
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        // The friendly page, in Chinese.
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Public_navigation_has_the_plan_pages_of_the_current_year()
    {
        await using var site = await PortalSite.StartAsync();
        var items = await site.WithServicesAsync(sp => sp.GetRequiredService<INavigationBuilder>().BuildPublicNavigationAsync());

        Assert.Contains(items, i => i.Text == "首页" && i.Url == "/");
        Assert.Contains(items, i => i.Text == "工作任务" && i.Url == "/plan/2023");
        Assert.Contains(items, i => i.Text == "安置区" && i.Url == "/plan/2023/sites");
        Assert.Contains(items, i => i.Text == "责任单位" && i.Url == "/plan/2023/departments");
        Assert.Contains(items, i => i.Text == "数据下载" && i.Url == "/plan/2023/downloads");
        var chapter = await site.GetPageAsync("/plan/2023/chapters/1");
        Assert.Contains("href=\"/plan/2023\" aria-current=\"true\"", chapter);
    }

    [Fact]
    public async Task Sites_list_the_tasks_that_name_them_and_departments_what_they_lead()
    {
        await using var site = await PortalSite.StartAsync();
        var sites = await site.GetPageAsync("/plan/2023/sites");
        var yuanzi = SiteRow(sites, "园子村");
        Assert.Contains("href=\"/plan/2023/tasks/1\"", yuanzi);
        Assert.Contains("href=\"/plan/2023/tasks/2\"", yuanzi);
        Assert.Contains("href=\"/plan/2023/tasks/2\"", SiteRow(sites, "红旗村"));
        Assert.Contains("兴盛乡", SiteRow(sites, "红旗村"));
        Assert.Contains("一般安置区", SiteRow(sites, "红旗村"));

        // The task page links its places to the sites page.
        var task = await site.GetPageAsync("/plan/2023/tasks/2");
        Assert.Matches("href=\"/plan/2023/sites#site-\\d+\">园子村</a>", task);

        var agriculture = await site.DepartmentAsync("农业农村局");
        var page = await site.GetPageAsync(PlanUrls.Department(2023, agriculture.Id));
        var plan = await site.PlanAsync();
        var leads = plan.Chapters.SelectMany(c => c.Tasks).Where(t => t.LeadUnitIds.Contains(agriculture.Id)).ToList();
        Assert.Contains($"牵头任务（{leads.Count}项）", page);
        foreach (var t in leads) Assert.Contains($"href=\"/plan/2023/tasks/{t.Number}\">{t.Title}</a>", page);
        Assert.Contains($"href=\"{PlanUrls.Department(2023, agriculture.Id)}\">农业农村局</a>", await site.GetPageAsync("/plan/2023/departments"));
    }

    [Fact]
    public async Task Home_shows_latest_notices_only_while_the_notices_module_is_enabled()
    {
        await using var site = await PortalSite.StartAsync();
        Assert.Contains("jy-latest-notices", await site.GetPageAsync("/"));

        await site.WithServicesAsync(async sp => { await sp.GetRequiredService<ModuleManager>().DisableAsync("Notices"); return true; });

        var home = await site.GetPageAsync("/");
        Assert.DoesNotContain("jy-latest-notices", home);
        Assert.Contains("总体完成率", home);
    }

    [Fact]
    public async Task Without_any_plan_the_home_page_says_so_and_plan_pages_answer_404()
    {
        await using var root = new CmsWebFactory();
        // No first-start seed: a site before its first plan is imported.
        await using var site = root.WithWebHostBuilder(b => b.UseSetting("Seeds:Folder", ""));
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await using (var scope = site.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<IPlanStore>().CurrentYearAsync());
        }

        var home = await client.GetStringAsync("/", TestContext.Current.CancellationToken);
        Assert.Contains("年度实施方案尚未发布", home);
        Assert.DoesNotContain("href=\"/plan/", home); // no plan entries in the navigation either
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/plan/2023", TestContext.Current.CancellationToken)).StatusCode);
    }

    [GeneratedRegex("<tr>\\s*<td>\\d+</td>\\s*<th scope=\"row\"><a href=\"/plan/2023/tasks/\\d+\">[^<]+</a></th>[\\s\\S]*?jy-status[\\s\\S]*?</tr>")]
    internal static partial Regex TaskRows();

    internal static string SiteRow(string html, string name)
    {
        var match = Regex.Match(html, $"<tr id=\"site-\\d+\">\\s*<td>\\d+</td>\\s*<th scope=\"row\">{Regex.Escape(name)}</th>[\\s\\S]*?</tr>");
        Assert.True(match.Success, $"no row for {name}");
        return match.Value;
    }
}

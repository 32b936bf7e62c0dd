using System.Net;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Search.Services;
using Jingyuan.Cms.Notices;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Search;

/// <summary>What a resident types finds the plan's tasks, best match first.</summary>
public sealed class PlanSearchTests(PlanSearchFixture fixture) : IClassFixture<PlanSearchFixture>
{
    private SearchSite Site => fixture.Site;

    [Theory]
    [InlineData("肉牛", 2)]
    [InlineData("蓄水池", 15)]
    [InlineData("改厕", 19)]
    [InlineData("菌菇", 6)]
    public async Task A_word_finds_its_task_first(string word, int taskNumber)
    {
        var results = await Site.SearchAsync(word);

        var first = results.Hits[0];
        Assert.Equal(PlanUrls.Task(2023, taskNumber), first.Url);
        Assert.Equal("任务", first.TypeName);
        Assert.StartsWith($"任务{taskNumber}：", first.Title);
        Assert.Contains("<mark>", first.SnippetHtml + first.TitleHtml);
    }

    [Fact]
    public async Task The_task_named_for_a_word_ranks_above_one_that_mentions_it()
    {
        // 任务6 做优六盘山特色菌菇产业; 任务8 (庭院经济) only mentions 菌菇.
        var urls = (await Site.SearchAsync("菌菇", type: SearchKeys.PlanTaskType)).Hits.Select(h => h.Url).ToList();

        Assert.Equal([PlanUrls.Task(2023, 6), PlanUrls.Task(2023, 8)], urls);
    }

    [Fact]
    public async Task Words_are_combined_with_and()
    {
        Assert.Equal([PlanUrls.Task(2023, 2)], await Site.UrlsAsync("肉牛 红旗村"));
        Assert.Empty(await Site.UrlsAsync("肉牛 蓄水池"));
    }

    [Fact]
    public async Task A_unit_name_finds_its_tasks_without_filling_the_snippet()
    {
        var results = await Site.SearchAsync("自然资源局", type: SearchKeys.PlanTaskType);

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.DoesNotContain("自然资源局", h.SnippetHtml));
    }

    [Fact]
    public async Task Filters_by_type_and_year_with_counts()
    {
        var all = await Site.SearchAsync("移民");
        Assert.Contains(all.Types, f => f.Value == SearchKeys.PlanTaskType && f.Label == "任务" && f.Count > 10);
        Assert.Contains(all.Years, f => f.Value == "2023" && f.Count == all.Total);

        var chapters = await Site.SearchAsync("移民", type: SearchKeys.PlanChapterType, year: 2023);
        Assert.NotEmpty(chapters.Hits);
        Assert.All(chapters.Hits, h => Assert.Equal("章节", h.TypeName));
        Assert.Empty((await Site.SearchAsync("移民", year: 2019)).Hits);
    }

    [Fact]
    public async Task The_page_lists_results_with_links_highlights_and_pages()
    {
        var (status, html) = await Site.GetAsync("/search?q=" + Uri.EscapeDataString("肉牛"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"href=\"{PlanUrls.Task(2023, 2)}\"", html);
        Assert.Contains("<mark>肉牛</mark>", html);
        Assert.Contains("任务2：发展", html);

        var (_, page2) = await Site.GetAsync("/search?q=" + Uri.EscapeDataString("移民") + "&page=2");
        Assert.Contains("第 2/", page2);
    }

    [Theory]
    [InlineData("", "请输入要搜索的关键词")]
    [InlineData("*", "没有可以搜索的文字")]
    [InlineData("?", "没有可以搜索的文字")]
    [InlineData("\\", "没有可以搜索的文字")]
    [InlineData("[", "没有可以搜索的文字")]
    [InlineData("AND OR", "没有可以搜索的文字")]
    [InlineData("\"肉牛", "不作为检索语法")]
    [InlineData("肉牛 AND", "不作为检索语法")]
    [InlineData("肉牛)", "不作为检索语法")]
    [InlineData("镁铝合金", "没有找到与")]
    public async Task Odd_input_gets_a_friendly_message_not_an_error(string query, string message)
    {
        var (status, html) = await Site.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(message, html);
    }

    [Fact]
    public async Task A_query_over_100_characters_is_refused_kindly()
    {
        var (status, html) = await Site.GetAsync("/search?q=" + Uri.EscapeDataString(new string('牛', 101)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("关键词太长了", html);
    }

    [Fact]
    public async Task Junk_filters_and_pages_do_not_break_the_page()
    {
        var (status, _) = await Site.GetAsync("/search?q=%E8%82%89%E7%89%9B&type=%3Cx%3E&year=abc&page=-3");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task A_published_publicity_notice_is_found_by_gongshi()
    {
        var publisher = Site.Site.Services.CreateScope().ServiceProvider.GetService<INoticePublisher>();
        if (publisher is null) Assert.Skip("The Notices module is not part of this build.");

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var id = await Site.WithServicesAsync(async sp =>
        {
            var department = (await sp.GetRequiredService<IDepartmentStore>().ListAsync())[0];
            var draft = new NoticeDraft("2023年庭院经济奖补对象名单", NoticeKind.Publicity, department.Id,
                "<p>经村民代表大会评议，现将奖补对象名单予以张榜。</p>", today, today.AddDays(7), "0954-5011234");
            return await sp.GetRequiredService<INoticePublisher>().SubmitAsync(draft);
        });
        await Site.WithContentAsync(c => c.SubmitAndPublishAsync(id));
        await Site.CatchUpAsync();

        var results = await Site.SearchAsync("公示");
        Assert.Contains(results.Hits, h => h.Title == "2023年庭院经济奖补对象名单");
    }
}

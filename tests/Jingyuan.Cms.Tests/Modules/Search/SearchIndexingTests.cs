using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Search;

/// <summary>The index follows publishing through the indexing-task log: only what is public is found.</summary>
public sealed class SearchIndexingTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Publishing_adds_an_item_and_unpublishing_or_deleting_removes_it(TestDatabase database)
    {
        await using var site = await SearchSite.StartAsync(database);
        var item = await site.DraftAsync("园子村肉牛养殖园区建设进展", bodyHtml: "<p>已完成<strong>圈舍</strong>主体工程</p>");
        await site.CatchUpAsync();
        Assert.Empty(await site.UrlsAsync("圈舍"));

        await site.WithContentAsync(c => c.SubmitAndPublishAsync(item.ContentItemId));
        await site.CatchUpAsync();
        var hit = Assert.Single((await site.SearchAsync("圈舍")).Hits);
        Assert.Equal(SearchSite.UrlOf(item), hit.Url);
        Assert.Equal("园子村肉牛养殖园区建设进展", hit.Title);
        Assert.Equal("检索测试", hit.TypeName);
        Assert.Equal(2023, hit.Year);
        Assert.Contains("<mark>圈舍</mark>", hit.SnippetHtml);

        await site.WithContentAsync(c => c.UnpublishAsync(item.ContentItemId, "数据需核实"));
        await site.CatchUpAsync();
        Assert.Empty(await site.UrlsAsync("圈舍"));

        await site.WithContentAsync(c => c.SubmitAndPublishAsync(item.ContentItemId));
        await site.CatchUpAsync();
        Assert.Single(await site.UrlsAsync("圈舍"));

        await site.WithContentAsync(async c => { await c.DeleteAsync(item.ContentItemId); return true; });
        await site.CatchUpAsync();
        Assert.Empty(await site.UrlsAsync("圈舍"));
    }

    [Fact]
    public async Task A_newer_draft_is_never_found_while_the_published_version_is()
    {
        await using var site = await SearchSite.StartAsync();
        var v1 = await site.PublishedAsync("红旗村养殖园区", summary: "基础母牛扩栏");
        await site.WithContentAsync(async c =>
        {
            var latest = (await c.GetLatestAsync(v1.ContentItemId))!;
            latest.Set("Summary", "草稿里才有的青贮饲料");
            return await c.SaveDraftAsync(latest, latest.ConcurrencyStamp);
        });
        await site.CatchUpAsync();

        Assert.Empty(await site.UrlsAsync("青贮饲料"));
        Assert.Equal([SearchSite.UrlOf(v1)], await site.UrlsAsync("基础母牛"));
    }

    [Fact]
    public async Task Personal_fields_are_never_indexed()
    {
        await using var site = await SearchSite.StartAsync();
        await site.PublishedAsync("庭院经济奖补对象", summary: "香水镇庭院经济", phone: "13912345678", idNumber: "642224199001011234 马某某");
        await site.CatchUpAsync();

        Assert.Empty(await site.UrlsAsync("13912345678"));
        Assert.Empty(await site.UrlsAsync("642224199001011234"));
        var hit = Assert.Single((await site.SearchAsync("庭院经济")).Hits);
        Assert.DoesNotContain("13912345678", hit.SnippetHtml);
        Assert.DoesNotContain("642224199001011234", hit.SnippetHtml);
    }

    [Fact]
    public async Task The_owning_department_finds_an_item()
    {
        await using var site = await SearchSite.StartAsync();
        var departmentId = await site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var department = new Department { Name = "检索测试局", Kind = DepartmentKind.Bureau };
            db.Add(department);
            await db.SaveChangesAsync();
            return department.Id;
        });
        var item = await site.PublishedAsync("春季植树", summary: "义务植树活动", departmentId: departmentId);
        await site.CatchUpAsync();

        Assert.Equal([SearchSite.UrlOf(item)], await site.UrlsAsync("检索测试局"));
    }

    [Fact]
    public async Task A_title_match_ranks_above_an_item_that_only_mentions_the_word()
    {
        await using var site = await SearchSite.StartAsync();
        var mention = await site.PublishedAsync("移民村园区建设进展",
            summary: "肉牛圈舍已建成，肉牛饲草料基地正在平整，肉牛防疫点选址完成。");
        var titled = await site.PublishedAsync("肉牛防疫工作通知", summary: "请各村做好春季防疫。");
        await site.CatchUpAsync();

        Assert.Equal([SearchSite.UrlOf(titled), SearchSite.UrlOf(mention)], await site.UrlsAsync("肉牛"));
    }

    [Fact]
    public async Task Snippets_are_html_encoded_except_the_highlights()
    {
        await using var site = await SearchSite.StartAsync();
        await site.PublishedAsync("安置区饮水工程", summary: "<script>alert('x')</script> 管网改造 a<b");
        await site.CatchUpAsync();

        var (status, html) = await site.GetAsync("/search?q=" + Uri.EscapeDataString("管网改造"));

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;", html);
        // Adjacent highlighted words read as one.
        Assert.Contains("<mark>管网改造</mark>", html);
    }

    [Fact]
    public async Task The_background_service_indexes_without_being_asked()
    {
        await using var site = await SearchSite.StartAsync(pollSeconds: 0.2);
        var item = await site.PublishedAsync("新民乡劳务输出", summary: "订单式劳务输出");

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await site.UrlsAsync("订单式")).Count == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(100, TestContext.Current.CancellationToken);

        Assert.Equal([SearchSite.UrlOf(item)], await site.UrlsAsync("订单式"));
    }
}

using System.Net;
using System.Xml.Linq;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Modules.Notices;

public sealed class NoticePublicPagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_published_notice_is_listed_shown_in_full_and_in_the_feed(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var (deptA, deptB) = await TestContent.DepartmentsAsync(site);
        var notice = await NoticeTestData.PublishedPublicityAsync(site, "大湾乡移民搬迁补助名单公示", deptA);
        var client = site.AnonymousClient();

        var list = await client.GetPageAsync("/notices");
        Assert.Contains("大湾乡移民搬迁补助名单公示", list);
        Assert.Contains($"href=\"/notices/{notice.ContentItemId}\"", list);
        Assert.Contains("公示中，剩余3天", list);

        var detail = await client.GetPageAsync($"/notices/{notice.ContentItemId}");
        var today = NoticeTestData.Today;
        Assert.Contains($"发布日期：<time datetime=\"{NoticeTestData.Iso(today)}\">", detail);
        Assert.Contains("发布单位：测试甲局", detail);
        Assert.Contains($"{NoticeTestData.Iso(today.AddDays(-1))} 至 {NoticeTestData.Iso(today.AddDays(2))}", detail);
        Assert.Contains("公示中，剩余3天", detail);
        Assert.Contains("异议联系电话", detail);
        Assert.Contains("0954-5012345", detail);
        Assert.Contains("泾源县香水镇政府大楼302室", detail);
        Assert.Contains("<p>大湾乡移民搬迁补助名单公示的正文。</p>", detail);

        var feed = await FeedAsync(client);
        var item = Assert.Single(feed.Descendants("item"));
        Assert.Equal("大湾乡移民搬迁补助名单公示", item.Element("title")?.Value);
        Assert.Equal($"http://localhost:5080/notices/{notice.ContentItemId}", item.Element("link")?.Value); // Site:BaseUrl of appsettings.json

        // Filters: kind, issuing unit and year of 发布日期.
        Assert.DoesNotContain("名单公示", await client.GetPageAsync("/notices?kind=公告"));
        Assert.DoesNotContain("名单公示", await client.GetPageAsync($"/notices?department={deptB}"));
        Assert.Contains("名单公示", await client.GetPageAsync($"/notices?kind=公示&department={deptA}&year={today.Year}"));
        Assert.DoesNotContain("名单公示", await client.GetPageAsync($"/notices?year={today.Year - 1}"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Drafts_and_submitted_notices_are_never_public(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var (dept, _) = await TestContent.DepartmentsAsync(site);
        var draft = await NoticeTestData.DraftAsync(site, "草稿中的公告", "公告", dept);
        var submitted = await NoticeTestData.DraftAsync(site, "待审核的通知", "通知", dept);
        await site.WithContentAsync(c => c.SubmitAsync(submitted.ContentItemId));
        // An edit waiting for review does not replace the version that is public.
        var published = await NoticeTestData.PublishedPublicityAsync(site, "已发布的公示", dept);
        var edit = await site.WithContentAsync(async c =>
        {
            var latest = (await c.GetLatestAsync(published.ContentItemId))!;
            latest.DisplayText = "修改后尚未审核的公示";
            return await c.SaveDraftAsync(latest, latest.ConcurrencyStamp);
        });
        await site.WithContentAsync(c => c.SubmitAsync(edit.ContentItemId));
        var client = site.AnonymousClient();

        var list = await client.GetPageAsync("/notices");
        var feed = (await FeedAsync(client)).ToString();
        foreach (var hidden in new[] { "草稿中的公告", "待审核的通知", "修改后尚未审核的公示" })
        {
            Assert.DoesNotContain(hidden, list);
            Assert.DoesNotContain(hidden, feed);
        }
        Assert.Contains("已发布的公示", list);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/notices/{draft.ContentItemId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/notices/{submitted.ContentItemId}")).StatusCode);
        Assert.DoesNotContain("修改后尚未审核的公示", await client.GetPageAsync($"/notices/{published.ContentItemId}"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_withdrawn_notice_leaves_the_public_pages_and_keeps_its_history(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var (dept, _) = await TestContent.DepartmentsAsync(site);
        var notice = await NoticeTestData.PublishedPublicityAsync(site, "将被撤回的公示", dept);
        var client = site.AnonymousClient();
        Assert.Contains("将被撤回的公示", await client.GetPageAsync("/notices"));

        await site.WithContentAsync(c => c.UnpublishAsync(notice.ContentItemId, "名单有误，核实后重新公示"));

        Assert.DoesNotContain("将被撤回的公示", await client.GetPageAsync("/notices"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/notices/{notice.ContentItemId}")).StatusCode);
        Assert.Empty((await FeedAsync(client)).Descendants("item"));
        var versions = await site.WithContentAsync(c => c.GetVersionsAsync(notice.ContentItemId));
        Assert.Contains(versions, v => v.ReviewComment == "名单有误，核实后重新公示");
        using var admin = await site.LoginAsync("admin");
        Assert.Contains("名单有误，核实后重新公示", await admin.GetPageAsync($"/admin/content/{notice.ContentItemId}/history"));
    }

    [Fact]
    public async Task The_list_pages_through_many_notices_and_the_feed_holds_the_latest_twenty()
    {
        await using var site = new CmsWebFactory();
        var (dept, _) = await TestContent.DepartmentsAsync(site);
        for (var i = 1; i <= 22; i++)
        {
            var draft = await NoticeTestData.DraftAsync(site, $"第{i:00}号公告", "公告", dept, publishDate: new DateOnly(2023, 1, i));
            await site.WithContentAsync(c => c.SubmitAndPublishAsync(draft.ContentItemId));
        }
        var client = site.AnonymousClient();

        var first = await client.GetPageAsync("/notices?year=2023");
        Assert.Contains("第22号公告", first);
        Assert.DoesNotContain("第07号公告", first);
        Assert.Contains("jy-pager", first);
        Assert.Contains("href=\"/notices?year=2023&amp;page=2\"", first);
        var second = await client.GetPageAsync("/notices?year=2023&page=2");
        Assert.Contains("第07号公告", second);
        Assert.Contains("第01号公告", second);
        Assert.DoesNotContain("第08号公告", second);

        var items = (await FeedAsync(client)).Descendants("item").Select(i => i.Element("title")?.Value).ToList();
        Assert.Equal(20, items.Count);
        Assert.Equal("第22号公告", items[0]);
        Assert.DoesNotContain("第02号公告", items);
    }

    private static async Task<XDocument> FeedAsync(TestClient client)
    {
        var response = await client.GetAsync("/notices/feed");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2.0", feed.Root?.Attribute("version")?.Value);
        return feed;
    }
}

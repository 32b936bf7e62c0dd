using Jingyuan.Cms.Content;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Content;

public sealed class ContentVersioningTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Publishing_a_new_version_archives_the_old_one_and_keeps_history(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await TestContent.DefineTypeAsync(site);
        var v1 = await TestContent.DraftAsync(site, "园子村肉牛园区", 100);

        await site.WithContentAsync(c => c.SubmitAndPublishAsync(v1.ContentItemId));
        var v2 = await site.WithContentAsync(async c =>
        {
            var latest = (await c.GetLatestAsync(v1.ContentItemId))!;
            latest.Set("Head", 150m);
            return await c.SaveDraftAsync(latest, latest.ConcurrencyStamp);
        });

        // While v2 is a draft, the public still sees v1.
        var published = await site.WithContentAsync(c => c.GetPublishedAsync(v1.ContentItemId));
        Assert.Equal(1, published!.Number);
        Assert.Equal(100m, published.GetNumber("Head"));
        Assert.Equal(2, v2.Number);

        await site.WithContentAsync(c => c.SubmitAndPublishAsync(v1.ContentItemId));
        var versions = await site.WithContentAsync(c => c.GetVersionsAsync(v1.ContentItemId));
        Assert.Equal([2, 1], versions.Select(v => v.Number));
        Assert.Equal(ContentStatus.Published, versions[0].Status);
        Assert.Equal(ContentStatus.Archived, versions[1].Status);
        Assert.Single(versions, v => v.Published);
        Assert.Single(versions, v => v.Latest);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Unpublishing_hides_the_item_but_keeps_every_version(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await TestContent.DefineTypeAsync(site);
        var item = await TestContent.DraftAsync(site, "红旗村肉牛园区", 80);
        await site.WithContentAsync(c => c.SubmitAndPublishAsync(item.ContentItemId));

        await site.WithContentAsync(c => c.UnpublishAsync(item.ContentItemId, "数据需核实"));

        Assert.Null(await site.WithContentAsync(c => c.GetPublishedAsync(item.ContentItemId)));
        var versions = await site.WithContentAsync(c => c.GetVersionsAsync(item.ContentItemId));
        Assert.Single(versions);
        Assert.Equal("数据需核实", versions[0].ReviewComment);
        var publicList = await site.WithContentAsync(c => c.QueryAsync(ContentQuery.PublishedOf(TestContent.Type)));
        Assert.Empty(publicList.Items);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Review_flow_moves_through_submitted_rejected_and_published(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await TestContent.DefineTypeAsync(site);
        var item = await TestContent.DraftAsync(site, "蜂场", 3);

        await site.WithContentAsync(c => c.SubmitAsync(item.ContentItemId));
        var rejected = await site.WithContentAsync(c => c.RejectAsync(item.ContentItemId, "缺少照片"));
        Assert.Equal(ContentStatus.Rejected, rejected.Status);
        Assert.Equal("缺少照片", rejected.ReviewComment);
        await Assert.ThrowsAsync<ContentStateException>(() => site.WithContentAsync(c => c.RejectAsync(item.ContentItemId, "再次")));

        await site.WithContentAsync(c => c.SubmitAsync(item.ContentItemId));
        var published = await site.WithContentAsync(c => c.SubmitAndPublishAsync(item.ContentItemId));
        Assert.Equal(ContentStatus.Published, published.Status);
        Assert.NotNull(published.PublishedUtc);
        await Assert.ThrowsAsync<ContentStateException>(() => site.WithContentAsync(c => c.SubmitAndPublishAsync(item.ContentItemId)));
    }
}

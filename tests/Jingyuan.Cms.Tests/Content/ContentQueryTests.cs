using Jingyuan.Cms.Content;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Content;

public sealed class ContentQueryTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Lists_filter_sort_page_and_sum_in_the_database(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await TestContent.DefineTypeAsync(site);
        var (deptA, deptB) = await TestContent.DepartmentsAsync(site);
        for (var i = 1; i <= 25; i++)
        {
            var item = await TestContent.DraftAsync(site, $"项目{i:00}", i, i % 2 == 0 ? deptA : deptB);
            if (i <= 10) await site.WithContentAsync(c => c.SubmitAndPublishAsync(item.ContentItemId));
        }

        var page2 = await site.WithContentAsync(c => c.QueryAsync(new ContentQuery
        {
            ContentTypes = [TestContent.Type], DepartmentId = deptA, SortBy = ContentSort.Title, Descending = false, Page = 2, PageSize = 5,
        }));
        Assert.Equal(12, page2.Total);
        Assert.Equal(["项目12", "项目14", "项目16", "项目18", "项目20"], page2.Items.Select(i => i.DisplayText));

        var big = await site.WithContentAsync(c => c.QueryAsync(new ContentQuery
        {
            ContentTypes = [TestContent.Type],
            Fields = [new FieldFilter("Head", FieldOperator.GreaterOrEqual, "20")],
        }));
        Assert.Equal(6, big.Total);

        var publishedSum = await site.WithContentAsync(c => c.SumAsync(ContentQuery.PublishedOf(TestContent.Type), "Head"));
        Assert.Equal(55m, publishedSum); // 1 + 2 + ... + 10
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_number_field_sorts_by_value_not_as_text(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await TestContent.DefineTypeAsync(site);
        foreach (var (title, head) in new[] { ("九头", 9m), ("一百头", 100m), ("二十头", 20m), ("一点五头", 1.5m) })
            await TestContent.DraftAsync(site, title, head);

        async Task<string[]> OrderAsync(bool descending) => (await site.WithContentAsync(c => c.QueryAsync(new ContentQuery
        {
            ContentTypes = [TestContent.Type], SortBy = "Head", Descending = descending,
        }))).Items.Select(i => i.DisplayText).ToArray();

        Assert.Equal(["一点五头", "九头", "二十头", "一百头"], await OrderAsync(descending: false));
        Assert.Equal(["一百头", "二十头", "九头", "一点五头"], await OrderAsync(descending: true));
    }
}

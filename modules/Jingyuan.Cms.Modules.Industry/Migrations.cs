using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules.Industry.Models;

namespace Jingyuan.Cms.Modules.Industry;

/// <summary>
/// Data steps beyond the declared shape (the host creates and updates the record types from
/// <see cref="IndustryChapter"/>). Version 2: 产业项目 became public, so records published before are
/// queued for the site's search.
/// </summary>
public sealed class Migrations(IContentManager contents, IIndexingTaskStore indexing) : IDataMigration
{
    public Task<int> CreateAsync() => Task.FromResult(2);

    public async Task<int> UpdateFrom1Async()
    {
        var published = ContentQuery.PublishedOf(nameof(IndustryProject));
        published.PageSize = 500;
        for (var page = 1; ; page++)
        {
            published.Page = page;
            var result = await contents.QueryAsync(published);
            foreach (var item in result.Items) await indexing.AddAsync(item.ContentItemId, IndexingTaskType.Update);
            if (!result.HasNext) return 2;
        }
    }
}

using System.Globalization;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Notices.Models;

namespace Jingyuan.Cms.Modules.Notices.Services;

/// <summary>Published notices, read page by page through the content index; never all at once.</summary>
public sealed class NoticeQueries(IContentManager contents, NoticeStatusService status)
{
    public const int PageSize = 15;

    /// <summary>Newest 发布日期 first; the year filter matches the indexed date's yyyy- prefix.</summary>
    public Task<PagedResult<ContentItem>> ListAsync(string? kind, int? departmentId, int? year, int page)
    {
        var query = ContentQuery.PublishedOf(NoticeType.Name);
        query.SortBy = NoticeType.PublishDate;
        query.Page = Math.Max(1, page);
        query.PageSize = PageSize;
        if (kind is not null) query.Where(NoticeType.Kind, kind);
        if (departmentId is { } id) query.Where(NoticeType.IssuingDepartment, id.ToString(CultureInfo.InvariantCulture));
        if (year is { } y) query.Fields.Add(new FieldFilter(NoticeType.PublishDate, FieldOperator.Contains, $"{y:D4}-"));
        return contents.QueryAsync(query);
    }

    /// <summary>The latest published notices, by the time they were published (feed, home page).</summary>
    public async Task<IReadOnlyList<ContentItem>> LatestAsync(int count)
    {
        var query = ContentQuery.PublishedOf(NoticeType.Name);
        query.SortBy = ContentSort.Published;
        query.PageSize = Math.Clamp(count, 1, 50);
        return (await contents.QueryAsync(query)).Items;
    }

    /// <summary>The latest published notices and items of the feed types together, by the time they were published.</summary>
    public async Task<IReadOnlyList<ContentItem>> LatestAsync(int count, IEnumerable<ContentTypeDefinition> feedTypes)
    {
        var query = ContentQuery.PublishedOf([NoticeType.Name, .. feedTypes.Select(t => t.Name)]);
        query.SortBy = ContentSort.Published;
        query.PageSize = Math.Clamp(count, 1, 50);
        return (await contents.QueryAsync(query)).Items;
    }

    /// <summary>
    /// Published 公示 open today. The index compares dates only as text, so the 公示 are read by
    /// 截止日期, latest first, and reading stops at the first one that has ended: only the
    /// current and future ones are loaded.
    /// </summary>
    public async Task<int> CountOpenPublicityAsync()
    {
        var today = status.Today();
        var open = 0;
        for (var page = 1; ; page++)
        {
            var query = ContentQuery.PublishedOf(NoticeType.Name).Where(NoticeType.Kind, NoticeType.Publicity);
            query.SortBy = NoticeType.PeriodEnd;
            query.Page = page;
            query.PageSize = 100;
            var result = await contents.QueryAsync(query);
            foreach (var item in result.Items)
            {
                if (status.For(item) is not { } state) continue; // no period: nulls sort first on PostgreSQL
                if (state.Phase == PublicityPhase.Ended) return open;
                if (state.Phase == PublicityPhase.Open) open++;
            }
            if (!result.HasNext) return open;
        }
    }
}

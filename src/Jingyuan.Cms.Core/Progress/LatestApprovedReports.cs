using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Progress;

/// <summary>
/// The approved report that stands for each target of a year: the latest period, and among reports of
/// the same period the one approved last (a correction). Reports carry cumulative values, so the
/// latest one is the achieved figure; earlier ones stay in history.
/// </summary>
public sealed class LatestApprovedReports(IContentManager contents)
{
    private const int PageSize = 500;

    /// <summary>Keyed by target id. Reads the year's published reports page by page, one pass.</summary>
    public async Task<IReadOnlyDictionary<int, ContentItem>> ForYearAsync(int year)
    {
        var latest = new Dictionary<int, (ContentItem Item, ReportPeriod Period)>();
        var query = ContentQuery.PublishedOf(ProgressReportType.Name);
        query.Year = year;
        query.SortBy = "created";
        query.Descending = false;
        query.PageSize = PageSize;
        for (var page = 1; ; page++)
        {
            query.Page = page;
            var result = await contents.QueryAsync(query);
            foreach (var item in result.Items)
            {
                if (item.GetInt(ProgressReportType.TargetId) is not { } targetId
                    || !ReportPeriod.TryParse(item.GetText(ProgressReportType.Period), out var period)) continue;
                if (!latest.TryGetValue(targetId, out var current) || IsLater(item, period, current.Item, current.Period))
                    latest[targetId] = (item, period);
            }
            if (!result.HasNext) break;
        }
        return latest.ToDictionary(x => x.Key, x => x.Value.Item);
    }

    private static bool IsLater(ContentItem item, ReportPeriod period, ContentItem other, ReportPeriod otherPeriod) =>
        period.EndMonth != otherPeriod.EndMonth
            ? period.EndMonth > otherPeriod.EndMonth
            : (item.PublishedUtc ?? DateTime.MinValue) > (other.PublishedUtc ?? DateTime.MinValue);
}

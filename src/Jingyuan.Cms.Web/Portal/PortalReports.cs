using System.Globalization;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Progress;

namespace Jingyuan.Cms.Web.Portal;

/// <summary>
/// An approved (published) progress report as the public may see it: task, target, value, period,
/// reporting unit, publish date and evidence files. Nothing else of the item is read, so no field marked
/// personal can reach a public page. The narrative is read only for a narrative report (no target): there
/// it is the report itself, and the reviewer approved it for publication; a figure's narrative stays internal.
/// </summary>
public sealed record PublicReport(
    string ContentItemId,
    int? TaskId,
    int? TargetId,
    string Period,
    decimal? Value,
    int? DepartmentId,
    DateTime? PublishedUtc,
    IReadOnlyList<StoredFile> Evidence,
    string? Narrative = null)
{
    public IReadOnlyList<StoredFile> Photos => Evidence.Where(f => f.IsImage).ToList();
    public IReadOnlyList<StoredFile> Documents => Evidence.Where(f => !f.IsImage).ToList();

    public static PublicReport From(ContentItem item) => new(
        item.ContentItemId,
        item.GetInt(ProgressReportType.TaskId),
        item.GetInt(ProgressReportType.TargetId),
        PeriodLabel(item.GetText(ProgressReportType.Period)),
        item.GetNumber(ProgressReportType.Value),
        item.DepartmentId,
        item.PublishedUtc,
        item.GetFiles(ProgressReportType.Evidence),
        item.GetInt(ProgressReportType.TargetId) is null ? item.GetText(ProgressReportType.Narrative) : null);

    /// <summary>"2023-05" → 2023年5月, "2023-Q2" → 2023年第2季度.</summary>
    public static string PeriodLabel(string? stored) =>
        ReportPeriod.TryParse(stored, out var period) ? period.Label : stored ?? "";
}

/// <summary>
/// Queries over published progress reports only (drafts, submitted, rejected and withdrawn ones never
/// match). Cached like the overview (<see cref="PortalCache"/>): approving or withdrawing a report clears them.
/// </summary>
public sealed class PortalReports(PortalCache cache, IServiceProvider services)
{
    public const int HistoryPageSize = 20;

    /// <summary>The year's most recently approved reports, newest first.</summary>
    public async Task<IReadOnlyList<PublicReport>> LatestAsync(int year, int count) =>
        await cache.GetOrCreateAsync<List<PublicReport>>($"portal:latest-reports:{year}:{count}", services, async sp =>
        {
            var query = Published(year);
            query.PageSize = count;
            var result = await sp.GetRequiredService<IContentManager>().QueryAsync(query);
            return result.Items.Select(PublicReport.From).ToList();
        }) ?? [];

    /// <summary>A task's approved reports, newest first, a page at a time.</summary>
    public async Task<PagedResult<PublicReport>> ForTaskAsync(int year, int taskId, int page, int pageSize = HistoryPageSize)
    {
        page = Math.Max(1, page);
        async Task<PagedResult<PublicReport>?> Load(IServiceProvider sp)
        {
            var query = Published(year).Where(ProgressReportType.TaskId, taskId.ToString(CultureInfo.InvariantCulture));
            query.Page = page;
            query.PageSize = pageSize;
            var result = await sp.GetRequiredService<IContentManager>().QueryAsync(query);
            return new PagedResult<PublicReport>(result.Items.Select(PublicReport.From).ToList(), result.Total, result.Page, result.PageSize);
        }
        // The first pages are what visitors read; deeper pages (and made-up page numbers) are not kept.
        return (page <= CachedHistoryPages
            ? await cache.GetOrCreateAsync($"portal:task-reports:{year}:{taskId}:{page}:{pageSize}", services, Load)
            : await Load(services))!;
    }

    private const int CachedHistoryPages = 3;

    private static ContentQuery Published(int year)
    {
        var query = ContentQuery.PublishedOf(ProgressReportType.Name);
        query.Year = year;
        query.SortBy = ContentSort.Published;
        query.Descending = true;
        return query;
    }
}

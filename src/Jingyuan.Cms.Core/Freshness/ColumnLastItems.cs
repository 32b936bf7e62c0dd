using Jingyuan.Cms.Data;
using Jingyuan.Cms.Progress;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Freshness;

/// <summary>
/// The newest publication time per group, as aggregate queries over the content index (type, published, deleted,
/// published time are indexed together): a handful of rows come back however many items there are.
/// </summary>
public sealed class ColumnLastItems(CmsDbContext db)
{
    private IQueryable<ContentItemRecord> Published =>
        db.Set<ContentItemRecord>().AsNoTracking().Where(r => r.Published && !r.Deleted && r.PublishedUtc != null);

    /// <summary>Newest published item per content type and year (null year: items of no plan year, e.g. notices).</summary>
    public async Task<Dictionary<(string Type, int? Year), DateTime>> ByTypeAndYearAsync(
        IReadOnlyCollection<string> types, CancellationToken ct)
    {
        var rows = await Published.Where(r => types.Contains(r.ContentType))
            .GroupBy(r => new { r.ContentType, r.Year })
            .Select(g => new { g.Key.ContentType, g.Key.Year, Last = g.Max(r => r.PublishedUtc) })
            .ToListAsync(ct);
        return rows.ToDictionary(r => (r.ContentType, r.Year), r => Utc(r.Last!.Value));
    }

    /// <summary>Newest published item of the given types per owning unit, in one plan year.</summary>
    public async Task<Dictionary<int, DateTime>> ByDepartmentAsync(IReadOnlyCollection<string> types, int year, CancellationToken ct)
    {
        var rows = await Published.Where(r => types.Contains(r.ContentType) && r.Year == year && r.DepartmentId != null)
            .GroupBy(r => r.DepartmentId!.Value)
            .Select(g => new { Department = g.Key, Last = g.Max(r => r.PublishedUtc) })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Department, r => Utc(r.Last!.Value));
    }

    /// <summary>Newest published progress report per plan task, in one plan year.</summary>
    public async Task<Dictionary<int, DateTime>> ReportsByTaskAsync(int year, CancellationToken ct)
    {
        var rows = await (
                from r in Published
                where r.ContentType == ProgressReportType.Name && r.Year == year
                join f in db.Set<ContentFieldIndexRecord>() on r.Id equals f.VersionId
                where f.FieldName == ProgressReportType.TaskId && f.NumberValue != null
                group r.PublishedUtc by f.NumberValue into g
                select new { Task = g.Key, Last = g.Max() })
            .ToListAsync(ct);
        return rows.Where(r => r.Task is >= int.MinValue and <= int.MaxValue)
            .ToDictionary(r => (int)r.Task!.Value, r => Utc(r.Last!.Value));
    }

    // SQLite hands back unspecified kinds; stored times are UTC.
    private static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);
}

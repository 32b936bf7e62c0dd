using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Plan;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Progress;

/// <summary>One approved figure of a target: what a unit reported for a period and when it was approved.</summary>
public sealed record ApprovedFigure(ReportPeriod Period, int? DepartmentId, decimal? Value, DateTime? ApprovedUtc, string ContentItemId);

/// <summary>
/// What a reviewer needs beside a progress report: the task and target it names (by their numbers and
/// words, not ids), and the target's approved figures so far, by period, so a jump stands out.
/// </summary>
public sealed record ReportReviewContext(ReportableTask Task, PlanTarget? Target, IReadOnlyList<ApprovedFigure> History)
{
    /// <summary>A year has at most 12 months of reports per unit; more than this is a list nobody reads here.</summary>
    public const int MaxHistory = 60;

    /// <summary>Null when the item is not a progress report or its task no longer exists.</summary>
    public static async Task<ReportReviewContext?> LoadAsync(CmsDbContext db, ContentItem item)
    {
        if (item.ContentType != ProgressReportType.Name || item.GetInt(ProgressReportType.TaskId) is not { } taskId) return null;
        if (await ReportableTask.LoadAsync(db, taskId) is not { } task) return null;
        var target = item.GetInt(ProgressReportType.TargetId) is { } targetId ? task.Target(targetId) : null;
        var history = target is null ? [] : await HistoryAsync(db, target.Id);
        return new ReportReviewContext(task, target, history);
    }

    private static async Task<IReadOnlyList<ApprovedFigure>> HistoryAsync(CmsDbContext db, int targetId)
    {
        var fields = db.Set<ContentFieldIndexRecord>().AsNoTracking();
        var rows = await db.Set<ContentItemRecord>().AsNoTracking()
            .Where(r => r.Published && !r.Deleted && r.ContentType == ProgressReportType.Name
                && fields.Any(f => f.VersionId == r.Id && f.FieldName == ProgressReportType.TargetId && f.NumberValue == targetId))
            .OrderByDescending(r => r.PublishedUtc).Take(MaxHistory)
            .Select(r => new
            {
                r.ContentItemId, r.DepartmentId, r.PublishedUtc,
                Period = fields.Where(f => f.VersionId == r.Id && f.FieldName == ProgressReportType.Period).Select(f => f.TextValue).FirstOrDefault(),
                Value = fields.Where(f => f.VersionId == r.Id && f.FieldName == ProgressReportType.Value).Select(f => f.NumberValue).FirstOrDefault(),
            })
            .ToListAsync();
        return rows
            .Select(r => ReportPeriod.TryParse(r.Period, out var period)
                ? new ApprovedFigure(period, r.DepartmentId, r.Value, r.PublishedUtc, r.ContentItemId) : null)
            .OfType<ApprovedFigure>()
            .OrderBy(f => f.Period.Year).ThenBy(f => f.Period.EndMonth).ThenBy(f => f.ApprovedUtc)
            .ToList();
    }
}

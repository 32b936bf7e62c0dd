using Jingyuan.Cms.Time;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Progress;

/// <summary>
/// Rules of a progress report that hold whoever writes it (the reporting form, the generic editor,
/// an import): it names a target of its task and year, comes from a lead or responsible unit of the
/// task, and once approved it is final — a correction is a new report, so history keeps both.
/// </summary>
public sealed class ProgressReportHandler(CmsDbContext db, TimeProvider clock, IStringLocalizer<ProgressReportHandler> T)
    : IContentHandler
{
    public async Task ValidatingAsync(ContentItem item, IDictionary<string, string[]> errors)
    {
        if (item.ContentType != ProgressReportType.Name) return;
        if (await WasApprovedAsync(item.ContentItemId))
        {
            errors[""] = [T[ProgressReportType.ApprovedIsFinal]];
            return;
        }
        if (item.GetInt(ProgressReportType.TaskId) is not { } taskId) return; // the field check already says it is missing
        var task = await ReportableTask.LoadAsync(db, taskId);
        if (task is null)
        {
            errors.TryAdd(ProgressReportType.TaskId, [T["任务不存在"]]);
            return;
        }
        // Stored as whole decimals, as the number fields' parser writes them, so the index text is "12".
        item.Set(ProgressReportType.TaskId, JsonValue.Create((decimal)taskId));

        if (item.Year != task.Year) errors.TryAdd(nameof(ContentItem.Year), [T["年度应为 {0}（该任务所属的方案年度）", task.Year]]);
        var target = item.GetInt(ProgressReportType.TargetId) is { } targetId ? task.Target(targetId) : null;
        if (target is null && item.GetNumber(ProgressReportType.TargetId) is not null)
            errors.TryAdd(ProgressReportType.TargetId, [T["该指标不属于任务{0}", task.Task.Number]]);
        if (target is not null) item.Set(ProgressReportType.TargetId, JsonValue.Create((decimal)target.Id));

        if (item.DepartmentId is not { } department)
            errors.TryAdd("", [T["请选择填报单位"]]);
        else if (!task.Task.IsUnitInvolved(department))
            errors.TryAdd("", [T["填报单位不是任务{0}的牵头单位或责任单位，不能填报该任务的进度", task.Task.Number]]);

        var period = CheckPeriod(item, task.Year, errors);
        if (target is not null && period is { } p)
        {
            var description = target.Description.Length > 60 ? target.Description[..60] + "…" : target.Description;
            // Derived, never typed: the list shows what was reported without opening it.
            item.DisplayText = $"任务{task.Task.Number} {description} {p}";
            errors.Remove(nameof(ContentItem.DisplayText));
        }
    }

    /// <summary>Withdrawing an approved figure is the reviewer's 撤回; deleting it would erase the record.</summary>
    public Task DeletedAsync(ContentItem item) =>
        item.ContentType == ProgressReportType.Name && item.Published
            ? throw new ContentStateException(T[ProgressReportType.ApprovedCannotBeDeleted])
            : Task.CompletedTask;

    private ReportPeriod? CheckPeriod(ContentItem item, int year, IDictionary<string, string[]> errors)
    {
        var text = item.GetText(ProgressReportType.Period);
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!ReportPeriod.TryParse(text, out var period))
        {
            errors.TryAdd(ProgressReportType.Period, [T["填报期间格式应为 {0}（月度）或 {1}（季度）", $"{year}-05", $"{year}-Q2"]]);
            return null;
        }
        if (period.Year != year)
        {
            errors.TryAdd(ProgressReportType.Period, [T["填报期间须在 {0} 年内", year]]);
            return null;
        }
        if (period.Start > ChinaTime.Today(clock))
        {
            errors.TryAdd(ProgressReportType.Period, [T["{0}尚未开始，不能填报", period.Label]]);
            return null;
        }
        item.Set(ProgressReportType.Period, JsonValue.Create(period.ToString()));
        return period;
    }

    /// <summary>True when any version was ever approved (published now, or archived after being published).</summary>
    private Task<bool> WasApprovedAsync(string contentItemId) =>
        db.Set<ContentItemRecord>().AsNoTracking().AnyAsync(r => r.ContentItemId == contentItemId && !r.Deleted
            && (r.Published || r.PublishedUtc != null || r.Status == ContentStatus.Archived));
}

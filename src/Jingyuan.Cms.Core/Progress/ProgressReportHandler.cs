using System.Text.Json.Nodes;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Progress;

/// <summary>
/// Rules of a progress report that hold whoever writes it (the reporting form, the generic editor,
/// an import): it names a target of its task and year with a figure, or no target and no figure (a
/// narrative: what was done, with evidence), comes from a lead or responsible unit of the
/// task, and once approved it is final — a correction is a new report, so history keeps both.
/// </summary>
public sealed class ProgressReportHandler(CmsDbContext db, TimeProvider clock, IStringLocalizer<ProgressReportHandler> T)
    : IContentHandler
{
    /// <summary>Normalizes the ids and period as the number and period parsers write them, and names the report.</summary>
    public async Task DerivingAsync(ContentItem item)
    {
        if (item.ContentType != ProgressReportType.Name) return;
        if (item.GetInt(ProgressReportType.TaskId) is not { } taskId) return;
        var task = await ReportableTask.LoadAsync(db, taskId);
        if (task is null) return;
        // Stored as whole decimals, as the number fields' parser writes them, so the index text is "12".
        item.Set(ProgressReportType.TaskId, JsonValue.Create((decimal)taskId));
        var target = item.GetInt(ProgressReportType.TargetId) is { } targetId ? task.Target(targetId) : null;
        if (target is not null) item.Set(ProgressReportType.TargetId, JsonValue.Create((decimal)target.Id));
        if (!ReportPeriod.TryParse(item.GetText(ProgressReportType.Period), out var period)) return;
        item.Set(ProgressReportType.Period, JsonValue.Create(period.ToString()));
        // Derived, never typed: the list shows what was reported without opening it.
        var subject = target is null ? "进展情况"
            : target.Description.Length > 60 ? target.Description[..60] + "…" : target.Description;
        item.DisplayText = $"任务{task.Task.Number} {subject} {period}";
    }

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
        if (item.Year != task.Year) errors.TryAdd(nameof(ContentItem.Year), [T["年度应为 {0}（该任务所属的方案年度）", task.Year]]);
        CheckTargetAndFigure(item, task, errors);

        if (item.DepartmentId is not { } department)
            errors.TryAdd("", [T["请选择填报单位"]]);
        else if (!task.Task.IsUnitInvolved(department))
            errors.TryAdd("", [T["填报单位不是任务{0}的牵头单位或责任单位，不能填报该任务的进度", task.Task.Number]]);

        // The title is derived (DerivingAsync), so "missing title" is never the user's to fix.
        if (CheckPeriod(item, task.Year, errors) is not null && !string.IsNullOrWhiteSpace(item.DisplayText))
            errors.Remove(nameof(ContentItem.DisplayText));
    }

    /// <summary>A figure needs its target; a report without a target is a narrative (进展情况 and evidence only).</summary>
    private void CheckTargetAndFigure(ContentItem item, ReportableTask task, IDictionary<string, string[]> errors)
    {
        var hasTarget = item.GetNumber(ProgressReportType.TargetId) is not null;
        var target = item.GetInt(ProgressReportType.TargetId) is { } targetId ? task.Target(targetId) : null;
        if (hasTarget && target is null)
            errors.TryAdd(ProgressReportType.TargetId, [T["该指标不属于任务{0}", task.Task.Number]]);
        var hasFigure = item.GetNumber(ProgressReportType.Value) is not null;
        if (target is not null && !hasFigure)
            errors.TryAdd(ProgressReportType.Value, [T["请填写累计完成值"]]);
        if (!hasTarget && hasFigure)
            errors.TryAdd(ProgressReportType.Value, [T["文字进展报告不填完成值；如需报送数值，请选择对应指标"]]);
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
        return period;
    }

    /// <summary>True when any version was ever approved (published now, or archived after being published).</summary>
    private Task<bool> WasApprovedAsync(string contentItemId) =>
        db.Set<ContentItemRecord>().AsNoTracking().AnyAsync(r => r.ContentItemId == contentItemId && !r.Deleted
            && (r.Published || r.PublishedUtc != null || r.Status == ContentStatus.Archived));
}

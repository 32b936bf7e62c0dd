using Jingyuan.Cms.Data;
using Jingyuan.Cms.Plan;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Progress;

/// <summary>
/// A task as reporting sees it: its plan year and the targets a report may name — the task's own
/// and those stated for its chapter as a whole (e.g. 培训覆盖率), which any unit of the chapter's tasks reports.
/// </summary>
public sealed record ReportableTask(PlanTask Task, int Year, IReadOnlyList<PlanTarget> Targets)
{
    public PlanTarget? Target(int targetId) => Targets.FirstOrDefault(t => t.Id == targetId);

    /// <summary>Loads the task, its chapter's targets and its year in two small queries; null when the task does not exist.</summary>
    public static async Task<ReportableTask?> LoadAsync(CmsDbContext db, int taskId)
    {
        var task = await db.Set<PlanTask>().AsNoTracking().Include(t => t.Targets).SingleOrDefaultAsync(t => t.Id == taskId);
        if (task is null) return null;
        var chapter = await db.Set<PlanChapter>().AsNoTracking().Where(c => c.Id == task.ChapterId)
            .Select(c => new { Year = db.Set<PlanYear>().Where(y => y.Id == c.PlanYearId).Select(y => y.Year).First(), c.Targets })
            .SingleAsync();
        var targets = task.Targets.OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Concat(chapter.Targets.OrderBy(t => t.SortOrder).ThenBy(t => t.Id)).ToList();
        return new ReportableTask(task, chapter.Year, targets);
    }

    /// <summary>Every task of the year with its reportable targets, from an already loaded plan.</summary>
    public static IEnumerable<ReportableTask> OfYear(PlanYear plan) =>
        plan.Chapters.SelectMany(c => c.Tasks.Select(t => new ReportableTask(t, plan.Year, [.. t.Targets, .. c.Targets])));
}

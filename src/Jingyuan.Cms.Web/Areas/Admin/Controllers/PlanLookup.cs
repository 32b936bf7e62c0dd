using Jingyuan.Cms.Data;
using Jingyuan.Cms.Plan;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>Which year a chapter, task or target belongs to, so the plan forms can return to the year page.</summary>
internal static class PlanLookup
{
    public static Task<int?> YearOfPlanAsync(this CmsDbContext db, int planYearId) =>
        db.Set<PlanYear>().Where(y => y.Id == planYearId).Select(y => (int?)y.Year).SingleOrDefaultAsync();

    public static async Task<(PlanChapter Chapter, int Year)?> ChapterAsync(this CmsDbContext db, int chapterId)
    {
        var chapter = await db.Set<PlanChapter>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == chapterId);
        return chapter is null ? null : (chapter, (await db.YearOfPlanAsync(chapter.PlanYearId))!.Value);
    }

    public static async Task<(PlanTask Task, int Year)?> TaskAsync(this CmsDbContext db, int taskId)
    {
        var task = await db.Set<PlanTask>().AsNoTracking().Include(t => t.Targets).SingleOrDefaultAsync(t => t.Id == taskId);
        if (task is null) return null;
        var chapter = await db.ChapterAsync(task.ChapterId);
        return (task, chapter!.Value.Year);
    }

    /// <summary>The target, its year, and the task or the chapter it belongs to.</summary>
    public static async Task<(PlanTarget Target, int Year, PlanTask? Task, PlanChapter? Chapter)?> TargetAsync(this CmsDbContext db, int targetId)
    {
        var target = await db.Set<PlanTarget>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == targetId);
        if (target is null) return null;
        if (target.TaskId is { } taskId)
        {
            var task = (await db.TaskAsync(taskId))!.Value;
            return (target, task.Year, task.Task, null);
        }
        var chapter = (await db.ChapterAsync(target.ChapterId!.Value))!.Value;
        return (target, chapter.Year, null, chapter.Chapter);
    }
}

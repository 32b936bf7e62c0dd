using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Plan;

public sealed partial class PlanAdminService
{
    /// <summary>
    /// Makes a draft year public: its pages, search entries and open data appear, and the home page
    /// moves to it when it is the latest published year. Publishing a published year changes nothing.
    /// </summary>
    public Task<PlanYear> PublishYearAsync(int year) => db.InTransactionAsync(async () =>
    {
        var entity = await db.Set<PlanYear>().SingleOrDefaultAsync(y => y.Year == year)
            ?? throw new KeyNotFoundException($"{year} 年度没有计划");
        if (entity.IsPublished) return entity;
        entity.IsPublished = true;
        PlanIndexing.MarkChanged(db, year);
        await db.SaveChangesAsync();
        await audit.RecordAsync(new AuditEntry(AuditEvents.PlanYearPublished, $"发布 {year} 年度方案「{entity.Title}」"));
        return entity;
    });

    /// <summary>
    /// Moves a task one place up or down within its chapter by swapping its number with the neighbour's:
    /// the chapter's numbers stay the same set, so they stay contiguous and unique in the year.
    /// Task ids do not change (links by id keep working). Returns false at the chapter's edge.
    /// </summary>
    public Task<bool> MoveTaskAsync(int taskId, bool up) => db.InTransactionAsync(async () =>
    {
        var task = await db.Set<PlanTask>().SingleOrDefaultAsync(t => t.Id == taskId)
            ?? throw new KeyNotFoundException($"任务 {taskId} 不存在");
        var siblings = db.Set<PlanTask>().Where(t => t.ChapterId == task.ChapterId && t.Id != task.Id);
        var neighbour = up
            ? await siblings.Where(t => t.Number < task.Number).OrderByDescending(t => t.Number).FirstOrDefaultAsync()
            : await siblings.Where(t => t.Number > task.Number).OrderBy(t => t.Number).FirstOrDefaultAsync();
        if (neighbour is null) return false;
        var (mine, theirs) = (task.Number, neighbour.Number);
        // The unique (chapter, number) index is checked per statement: park one task on a free number first.
        task.Number = -mine;
        await db.SaveChangesAsync();
        neighbour.Number = mine;
        await db.SaveChangesAsync();
        task.Number = theirs;
        await PlanIndexing.MarkChangedAsync(db, (await FindChapterAsync(task.ChapterId)).PlanYearId);
        await db.SaveChangesAsync();
        await AuditAsync($"调整任务顺序：任务 {task.Id}「{task.Title}」由第 {mine} 项改为第 {theirs} 项，任务 {neighbour.Id}「{neighbour.Title}」改为第 {mine} 项");
        return true;
    });
}

using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Plan;

/// <summary>Read side of the plan. Every read is untracked; a year is one SQL query.</summary>
public sealed class PlanStore(CmsDbContext db) : IPlanStore
{
    public async Task<IReadOnlyList<int>> ListYearsAsync() =>
        await db.Set<PlanYear>().AsNoTracking().OrderBy(y => y.Year).Select(y => y.Year).ToListAsync();

    public async Task<IReadOnlyList<int>> ListPublishedYearsAsync() =>
        await db.Set<PlanYear>().AsNoTracking().Where(y => y.IsPublished).OrderBy(y => y.Year).Select(y => y.Year).ToListAsync();

    public async Task<int?> CurrentYearAsync() =>
        await db.Set<PlanYear>().AsNoTracking().Where(y => y.IsPublished).MaxAsync(y => (int?)y.Year);

    public async Task<PlanYear?> GetYearAsync(int year)
    {
        var plan = await db.Set<PlanYear>().AsNoTracking().AsSingleQuery()
            .Include(y => y.Chapters).ThenInclude(c => c.Tasks).ThenInclude(t => t.Targets)
            .Include(y => y.Chapters).ThenInclude(c => c.Targets)
            .SingleOrDefaultAsync(y => y.Year == year);
        if (plan is not null)
        {
            SortInPlace(plan);
        }
        return plan;
    }

    public async Task<PlanTask?> GetTaskAsync(int taskId)
    {
        var task = await db.Set<PlanTask>().AsNoTracking().Include(t => t.Targets).SingleOrDefaultAsync(t => t.Id == taskId);
        task?.Targets.Sort(CompareTargets);
        return task;
    }

    public Task<PlanTarget?> GetTargetAsync(int targetId) =>
        db.Set<PlanTarget>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == targetId);

    /// <summary>Sites in the order they were added (the plan's order for seeded ones).</summary>
    public async Task<IReadOnlyList<ResettlementSite>> ListSitesAsync()
    {
        var sites = await db.Set<ResettlementSite>().AsNoTracking().Include(s => s.Leaders).OrderBy(s => s.Id).ToListAsync();
        foreach (var site in sites)
        {
            site.Leaders.Sort((a, b) => a.Year != b.Year ? a.Year.CompareTo(b.Year)
                : a.Level != b.Level ? a.Level.CompareTo(b.Level) : a.Id.CompareTo(b.Id));
        }
        return sites;
    }

    // Sorting after loading keeps the query a plain Include (one statement) on both providers.
    internal static void SortInPlace(PlanYear plan)
    {
        plan.Safeguards.Sort((a, b) => a.Number.CompareTo(b.Number));
        plan.Chapters.Sort((a, b) => a.Number.CompareTo(b.Number));
        foreach (var chapter in plan.Chapters)
        {
            chapter.Targets.Sort(CompareTargets);
            chapter.Tasks.Sort((a, b) => a.Number.CompareTo(b.Number));
            foreach (var task in chapter.Tasks)
            {
                task.Targets.Sort(CompareTargets);
            }
        }
    }

    private static int CompareTargets(PlanTarget a, PlanTarget b) =>
        a.SortOrder != b.SortOrder ? a.SortOrder.CompareTo(b.SortOrder) : a.Id.CompareTo(b.Id);
}

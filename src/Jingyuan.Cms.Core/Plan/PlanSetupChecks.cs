using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Security;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Plan;

/// <summary>Sites of a year without a 包抓 leader at each level; <see cref="PlannedSites"/> is the plan's total.</summary>
public sealed record LeaderCoverage(int Year, int Sites, int PlannedSites, IReadOnlyDictionary<LeaderLevel, int> SitesWithoutLeader)
{
    /// <summary>Sites the plan counts that are not entered yet.</summary>
    public int SitesNotEntered => Math.Max(0, PlannedSites - Sites);
}

/// <summary>What the administrator's setup checklist shows; each figure is one SQL count.</summary>
public sealed record PlanSetupStatus(
    int? Year, IReadOnlyList<string> DepartmentsWithoutUsers, int Departments,
    LeaderCoverage? Leaders, int TasksWithoutTargets);

/// <summary>
/// The administrator's setup checklist (工作台): units without any account, sites and 包抓 leaders missing
/// per level, tasks without targets, for the current (latest published) year.
/// </summary>
public sealed class PlanSetupChecks(CmsDbContext db, IPlanStore plans)
{
    /// <summary>
    /// 全县44个移民安置区 (the plan's 保障措施（二）): the seed names only those the plan's text lists,
    /// administrators enter the rest.
    /// </summary>
    public const int PlannedSiteCount = 44;

    public async Task<PlanSetupStatus> CheckAsync(CancellationToken ct = default)
    {
        var year = await plans.CurrentYearAsync();
        var users = db.Set<CmsUser>().Where(u => !u.Disabled);
        var lonely = await db.Set<Department>().AsNoTracking()
            .Where(d => !users.Any(u => u.DepartmentId == d.Id))
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Id).Select(d => d.Name).ToListAsync(ct);
        var departments = await db.Set<Department>().CountAsync(ct);
        if (year is not { } y) return new PlanSetupStatus(null, lonely, departments, null, 0);
        var tasksWithoutTargets = await db.Set<PlanTask>()
            .Join(db.Set<PlanChapter>(), t => t.ChapterId, c => c.Id, (t, c) => new { t, c.PlanYearId })
            .Join(db.Set<PlanYear>(), x => x.PlanYearId, py => py.Id, (x, py) => new { x.t, py.Year })
            .CountAsync(x => x.Year == y && !db.Set<PlanTarget>().Any(g => g.TaskId == x.t.Id), ct);
        return new PlanSetupStatus(y, lonely, departments, await LeadersAsync(y, ct), tasksWithoutTargets);
    }

    /// <summary>Per level, the sites with no leader of that level for the year.</summary>
    public async Task<LeaderCoverage> LeadersAsync(int year, CancellationToken ct = default)
    {
        var sites = db.Set<ResettlementSite>().AsNoTracking();
        var leaders = db.Set<SiteLeader>().AsNoTracking().Where(l => l.Year == year);
        var missing = new Dictionary<LeaderLevel, int>();
        foreach (var level in LeaderLevels.All)
            missing[level] = await sites.CountAsync(s => !leaders.Any(l => l.SiteId == s.Id && l.Level == level), ct);
        return new LeaderCoverage(year, await sites.CountAsync(ct), PlannedSiteCount, missing);
    }
}

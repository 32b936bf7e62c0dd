using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Plan;

/// <summary>
/// The shadow "PlanYearId" column of PlanTargets. The contract class has no year, but target
/// keys must be unique per year, so every writer sets it through here.
/// </summary>
internal static class PlanTargetYear
{
    public const string Column = "PlanYearId";

    public static void Set(CmsDbContext db, PlanTarget target, int planYearId) =>
        db.Entry(target).Property<int>(Column).CurrentValue = planYearId;

    public static IQueryable<PlanTarget> OfYear(this IQueryable<PlanTarget> targets, int planYearId) =>
        targets.Where(t => EF.Property<int>(t, Column) == planYearId);
}

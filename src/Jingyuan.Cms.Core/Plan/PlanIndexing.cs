using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Plan;

/// <summary>
/// Tells search that a plan year changed: plan rows are not content items, so the content
/// pipeline never logs them. Added to the same SaveChanges as the change, so both or neither land.
/// </summary>
internal static class PlanIndexing
{
    public static void MarkChanged(CmsDbContext db, int year) =>
        db.Add(new IndexingTaskRecord
        {
            ContentItemId = PlanUrls.IndexKey(year),
            Type = (int)IndexingTaskType.Update,
            CreatedUtc = DateTime.UtcNow,
        });

    public static async Task MarkChangedAsync(CmsDbContext db, int planYearId) =>
        MarkChanged(db, await db.Set<PlanYear>().Where(y => y.Id == planYearId).Select(y => y.Year).SingleAsync());
}

using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers.Support;

internal static class AdminTransactions
{
    /// <summary>
    /// Runs several saves (a change and its audit entry, Identity's separate updates) as one unit:
    /// committed only when <paramref name="work"/> returns true, so a rejected save changes nothing.
    /// Goes through the execution strategy because Npgsql's retrying strategy refuses bare transactions.
    /// </summary>
    public static async Task<bool> TryInTransactionAsync(this CmsDbContext db, Func<Task<bool>> work)
    {
        var ok = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            bool ok;
            try
            {
                ok = await work();
            }
            catch
            {
                db.ChangeTracker.Clear();
                db.DiscardAfterCommit();
                throw;
            }
            if (ok)
            {
                await tx.CommitAsync();
                return true;
            }
            await tx.RollbackAsync();
            // Entities changed by the rolled-back work must not be saved by a later SaveChanges of this request.
            db.ChangeTracker.Clear();
            db.DiscardAfterCommit();
            return false;
        });
        await db.RunAfterCommitAsync();
        return ok;
    }
}

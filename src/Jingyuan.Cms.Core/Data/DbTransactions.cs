using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Data;

public static class DbTransactions
{
    /// <summary>
    /// Runs work in one transaction, joining the caller's if there is one. Goes through the
    /// execution strategy because Npgsql's retrying strategy refuses bare user transactions.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this CmsDbContext db, Func<Task<T>> work, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }
        var strategy = db.Database.CreateExecutionStrategy();
        var committed = await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var result = await work();
                await tx.CommitAsync(ct);
                return result;
            }
            catch
            {
                // Half-applied entities must not be saved by the next SaveChanges of this scope.
                db.ChangeTracker.Clear();
                db.DiscardAfterCommit();
                throw;
            }
        });
        await db.RunAfterCommitAsync();
        return committed;
    }

    public static Task InTransactionAsync(this CmsDbContext db, Func<Task> work, CancellationToken ct = default) =>
        db.InTransactionAsync(async () => { await work(); return true; }, ct);
}

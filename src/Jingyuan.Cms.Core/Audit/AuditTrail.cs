using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;

namespace Jingyuan.Cms.Audit;

/// <summary>
/// Writes audit entries in the caller's unit of work, so an entry exists exactly when its change does,
/// each one chained to the previous (see <see cref="AuditChain"/>).
/// </summary>
public sealed class AuditTrail(CmsDbContext db, ICurrentUser currentUser, TimeProvider clock) : IAuditTrail
{
    public Task RecordAsync(AuditEntry entry) => RecordAsync(entry, currentUser.UserName);

    public Task RecordAsync(AuditEntry entry, string userName)
    {
        var record = ToRecord(entry, userName);
        // Joins the caller's transaction when there is one, so the chain's lock is held until its commit.
        return db.InTransactionAsync(async () =>
        {
            await AuditChain.AppendAsync(db, record);
            await db.SaveChangesAsync();
        });
    }

    public Task RecordManyAsync(IReadOnlyList<AuditEntry> entries)
    {
        var records = entries.Select(e => ToRecord(e, currentUser.UserName)).ToList();
        return db.InTransactionAsync(async () =>
        {
            await AuditChain.AppendManyAsync(db, records);
            await db.SaveChangesAsync();
        });
    }

    private AuditEventRecord ToRecord(AuditEntry entry, string userName) => new()
    {
        OccurredUtc = clock.GetUtcNow().UtcDateTime,
        EventName = entry.EventName,
        UserName = userName,
        RemoteAddress = currentUser.RemoteAddress,
        Summary = entry.Summary.Length > 1000 ? entry.Summary[..1000] : entry.Summary,
        ContentItemId = entry.ContentItemId,
        ContentType = entry.ContentType,
        DepartmentId = entry.DepartmentId ?? currentUser.DepartmentId,
        Diff = entry.Diff,
    };
}

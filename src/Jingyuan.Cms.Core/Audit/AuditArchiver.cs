using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Audit;

public sealed record AuditArchiveResult(int Rows, string? FileName);

/// <summary>
/// Moves rows older than the retention period to a file under the data folder, then removes them
/// from the table, in one transaction holding the chain's lock: a row leaves the table only once it
/// is on disk and registered with the hashes that let the archive and the rest of the chain verify.
/// </summary>
public sealed class AuditArchiver(CmsDbContext db, IAppDataFolder dataFolder, AuditOptions options, IAuditTrail audit, TimeProvider clock)
{
    public Task<AuditArchiveResult> ArchiveAsync(CancellationToken ct = default) =>
        db.InTransactionAsync(async () =>
        {
            var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.RetentionDays);
            var head = await AuditChain.LockHeadAsync(db, ct);
            var events = db.Set<AuditEventRecord>().AsNoTracking().Where(r => r.Sequence != null);
            // Only a prefix of the chain is archived: everything before the first row still to keep.
            var firstKept = await events.Where(r => r.OccurredUtc >= cutoff).MinAsync(r => r.Sequence, ct) ?? head.Sequence + 1;
            var range = events.Where(r => r.Sequence < firstKept).OrderBy(r => r.Sequence);
            var first = await range.FirstOrDefaultAsync(ct);
            if (first is null) return new AuditArchiveResult(0, null);
            var last = await range.LastAsync(ct);

            var previous = await db.Set<AuditArchiveRecord>().AsNoTracking().OrderByDescending(a => a.ThroughSequence).FirstOrDefaultAsync(ct);
            var previousHash = previous?.LastHash ?? AuditChain.Genesis;
            // Tampering must be found, not archived away: the range has to verify before it leaves the table.
            await EnsureIntactAsync(range, first.Sequence!.Value == (previous?.ThroughSequence ?? 0) + 1 ? previousHash : null, ct);

            var folder = dataFolder.For(AuditArchiveFile.FolderName);
            var fileName = $"audit-{first.OccurredUtc:yyyyMMdd}-{last.OccurredUtc:yyyyMMdd}-{first.Sequence}.jsonl.gz";
            var path = Path.Combine(folder, fileName);
            if (File.Exists(path)) File.Delete(path); // left by a run whose transaction did not commit
            await AuditArchiveFile.WriteAsync(path, range.AsAsyncEnumerable(), ct);

            db.Add(new AuditArchiveRecord
            {
                FromSequence = first.Sequence!.Value, ThroughSequence = last.Sequence!.Value,
                PreviousHash = previousHash, LastHash = last.Hash!, FileName = fileName,
                FileSha256 = await AuditArchiveFile.Sha256Async(path),
                FirstOccurredUtc = first.OccurredUtc, LastOccurredUtc = last.OccurredUtc,
                ArchivedUtc = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
            // Past the context's append-only guard on purpose: these rows are now in the archive.
            var count = await db.Set<AuditEventRecord>().Where(r => r.Sequence != null && r.Sequence <= last.Sequence).ExecuteDeleteAsync(ct);
            await audit.RecordAsync(new AuditEntry(AuditEvents.AuditArchived,
                $"归档审计日志第 {first.Sequence}–{last.Sequence} 条（共 {count} 条，{first.OccurredUtc.AddHours(8):yyyy-MM-dd} 至 {last.OccurredUtc.AddHours(8):yyyy-MM-dd}）到 {fileName}"));
            return new AuditArchiveResult(count, fileName);
        }, ct);

    private static async Task EnsureIntactAsync(IQueryable<AuditEventRecord> range, string? previousHash, CancellationToken ct)
    {
        long? expected = null;
        await foreach (var row in range.AsAsyncEnumerable().WithCancellation(ct))
        {
            var intact = (expected is null || row.Sequence == expected)
                && (previousHash is null || AuditChain.HashOf(previousHash, row) == row.Hash);
            if (!intact)
                throw new InvalidOperationException($"审计日志第 {row.Sequence} 条（编号 {row.Id}）未通过校验，已停止归档。请先运行 verify-audit 查明原因。");
            expected = row.Sequence + 1;
            previousHash = row.Hash;
        }
    }
}

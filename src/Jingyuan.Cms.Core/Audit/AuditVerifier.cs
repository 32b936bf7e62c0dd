using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Audit;

/// <summary>One break in the chain: which row (when known) and what is wrong with it.</summary>
public sealed record AuditChainProblem(long? Sequence, long? EventId, string Message);

public sealed record AuditVerification(long RowsChecked, long ArchivedRowsChecked, IReadOnlyList<AuditChainProblem> Problems)
{
    public bool Intact => Problems.Count == 0;
}

/// <summary>
/// Walks the archives and then the table in sequence order and recomputes every hash: a changed row
/// fails its hash, a removed one leaves a gap (or a shorter chain than the head records).
/// </summary>
public sealed class AuditVerifier(CmsDbContext db, IAppDataFolder dataFolder)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        var problems = new List<AuditChainProblem>();
        var walk = new ChainWalk(1, AuditChain.Genesis, problems);
        long archived = 0;

        var archives = await db.Set<AuditArchiveRecord>().AsNoTracking().OrderBy(a => a.FromSequence).ToListAsync(ct);
        foreach (var archive in archives)
        {
            var path = Path.Combine(dataFolder.Root, AuditArchiveFile.FolderName, archive.FileName);
            if (archive.FromSequence != walk.NextSequence || archive.PreviousHash != walk.PreviousHash)
                problems.Add(new(archive.FromSequence, null, $"归档 {archive.FileName} 与前一段不衔接"));
            walk = new ChainWalk(archive.FromSequence, archive.PreviousHash, problems);
            if (!File.Exists(path))
            {
                problems.Add(new(archive.FromSequence, null, $"归档文件 {archive.FileName} 不存在（第 {archive.FromSequence}–{archive.ThroughSequence} 条）"));
            }
            else
            {
                if (await AuditArchiveFile.Sha256Async(path) != archive.FileSha256)
                    problems.Add(new(archive.FromSequence, null, $"归档文件 {archive.FileName} 的摘要与登记的不符，文件已被改动"));
                await foreach (var row in AuditArchiveFile.ReadAsync(path).WithCancellation(ct))
                {
                    walk.Check(row, $"归档 {archive.FileName} 中");
                    archived++;
                }
                walk.End(archive.ThroughSequence, $"归档 {archive.FileName} 中");
            }
            // Whatever the file holds, the table continues from what the archive registered.
            walk = new ChainWalk(archive.ThroughSequence + 1, archive.LastHash, problems);
        }

        long rows = 0;
        var events = db.Set<AuditEventRecord>().AsNoTracking();
        await foreach (var id in events.Where(r => r.Sequence == null).Select(r => r.Id).AsAsyncEnumerable().WithCancellation(ct))
            problems.Add(new(null, id, $"编号 {id} 的记录不在哈希链中"));
        await foreach (var row in events.Where(r => r.Sequence != null).OrderBy(r => r.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            walk.Check(row, "");
            rows++;
        }
        var head = await db.Set<AuditChainHeadRecord>().AsNoTracking().SingleAsync(ct);
        walk.End(head.Sequence, "");
        return new AuditVerification(rows, archived, problems);
    }

    private sealed class ChainWalk(long nextSequence, string previousHash, List<AuditChainProblem> problems)
    {
        public long NextSequence { get; private set; } = nextSequence;
        public string PreviousHash { get; private set; } = previousHash;

        public void Check(AuditEventRecord row, string where)
        {
            var sequence = row.Sequence!.Value;
            if (sequence < NextSequence)
            {
                problems.Add(new(sequence, row.Id, $"{where}第 {sequence} 条（编号 {row.Id}）序号重复或倒序"));
                return;
            }
            var afterGap = sequence > NextSequence;
            if (afterGap) problems.Add(new(NextSequence, null, Missing(where, NextSequence, sequence - 1)));
            // After a gap the previous hash is unknown: the gap is the finding, not this row.
            if (!afterGap && AuditChain.HashOf(PreviousHash, row) != row.Hash)
                problems.Add(new(sequence, row.Id, $"{where}第 {sequence} 条（编号 {row.Id}）的内容与哈希不符：记录已被改动"));
            NextSequence = sequence + 1;
            PreviousHash = row.Hash ?? "";
        }

        /// <summary>The range should have ended at <paramref name="lastSequence"/>: anything short of it was removed.</summary>
        public void End(long lastSequence, string where)
        {
            if (NextSequence <= lastSequence) problems.Add(new(NextSequence, null, Missing(where, NextSequence, lastSequence)));
            NextSequence = lastSequence + 1;
        }

        private static string Missing(string where, long from, long through) => from == through
            ? $"{where}第 {from} 条记录缺失（已被删除）"
            : $"{where}第 {from}–{through} 条记录缺失（已被删除）";
    }
}

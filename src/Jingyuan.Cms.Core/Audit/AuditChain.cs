using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Audit;

/// <summary>
/// The hash chain over audit rows: each row's hash is SHA-256(previous hash + its canonical content),
/// so a changed row no longer matches its hash and a removed row leaves a gap in the sequence.
/// </summary>
public static class AuditChain
{
    /// <summary>The hash the very first row is chained to.</summary>
    public const string Genesis = "";

    public static string Canonical(AuditEventRecord r) => JsonSerializer.Serialize(new object?[]
    {
        r.Sequence,
        // Six digits: PostgreSQL keeps microseconds, so the hash must not depend on the seventh.
        r.OccurredUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        r.EventName, r.UserName, r.RemoteAddress, r.Summary, r.ContentItemId, r.ContentType, r.DepartmentId, r.Diff,
    });

    public static string HashOf(string previousHash, AuditEventRecord r) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + "\n" + Canonical(r))));

    public static DateTime ToMicroseconds(DateTime utc) => new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);

    /// <summary>
    /// Takes the chain's lock (an update of the head row, held to the end of the caller's transaction)
    /// and returns the head as it is now. Must run inside a transaction.
    /// </summary>
    public static async Task<AuditChainHeadRecord> LockHeadAsync(CmsDbContext db, CancellationToken ct = default)
    {
        var heads = db.Set<AuditChainHeadRecord>().Where(h => h.Id == AuditChainMappings.HeadId);
        await heads.ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, h => h.Sequence), ct);
        return await heads.AsNoTracking().SingleAsync(ct);
    }

    /// <summary>Gives <paramref name="record"/> the next sequence and its hash and adds it; the caller saves.</summary>
    public static async Task AppendAsync(CmsDbContext db, AuditEventRecord record, CancellationToken ct = default)
    {
        var head = await LockHeadAsync(db, ct);
        record.OccurredUtc = ToMicroseconds(record.OccurredUtc);
        record.Sequence = head.Sequence + 1;
        record.Hash = HashOf(head.Hash, record);
        db.Add(record);
        await MoveHeadAsync(db, record.Sequence.Value, record.Hash, ct);
    }

    /// <summary>Chains many records under one lock and one head move (imports write thousands at once); the caller saves.</summary>
    public static async Task AppendManyAsync(CmsDbContext db, IReadOnlyList<AuditEventRecord> records, CancellationToken ct = default)
    {
        if (records.Count == 0) return;
        var head = await LockHeadAsync(db, ct);
        var (sequence, hash) = (head.Sequence, head.Hash);
        foreach (var record in records)
        {
            record.OccurredUtc = ToMicroseconds(record.OccurredUtc);
            record.Sequence = ++sequence;
            record.Hash = hash = HashOf(hash, record);
        }
        // Thousands of rows (imports): in bulk, not through the change tracker.
        await BulkInsert.InsertAsync(db, records, ct);
        await MoveHeadAsync(db, sequence, hash, ct);
    }

    /// <summary>Chains rows written before the chain existed (upgraded databases), in the order they were written.</summary>
    public static Task SealUnchainedAsync(CmsDbContext db, CancellationToken ct = default) =>
        db.InTransactionAsync(async () =>
        {
            var events = db.Set<AuditEventRecord>();
            if (!await events.AnyAsync(r => r.Sequence == null, ct)) return;
            var head = await LockHeadAsync(db, ct);
            var (sequence, hash) = (head.Sequence, head.Hash);
            var rows = await events.AsNoTracking().Where(r => r.Sequence == null).OrderBy(r => r.Id).ToListAsync(ct);
            foreach (var row in rows)
            {
                row.Sequence = ++sequence;
                row.Hash = hash = HashOf(hash, row);
                // Past the context's append-only guard on purpose: this fills the two chain columns once.
                await events.Where(r => r.Id == row.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Sequence, row.Sequence).SetProperty(r => r.Hash, row.Hash), ct);
            }
            await MoveHeadAsync(db, sequence, hash, ct);
        }, ct);

    private static Task MoveHeadAsync(CmsDbContext db, long sequence, string hash, CancellationToken ct) =>
        db.Set<AuditChainHeadRecord>().Where(h => h.Id == AuditChainMappings.HeadId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, sequence).SetProperty(h => h.Hash, hash), ct);
}

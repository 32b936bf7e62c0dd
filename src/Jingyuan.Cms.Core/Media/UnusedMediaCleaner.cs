using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Media;

public sealed record MediaPurgeResult(int Checked, IReadOnlyList<string> Removed, long BytesFreed);

/// <summary>
/// Removes uploads that no version of any content item refers to: files stored by a save that a
/// content rule then refused, or photos an editor took off before saving. A file is kept while any
/// version mentions it (history shows old versions with their files), and for a grace period after
/// upload, so a form being filled in right now never loses its file.
/// </summary>
public sealed class UnusedMediaCleaner(CmsDbContext db, IOptions<MediaOptions> options, TimeProvider clock, IAuditTrail audit)
{
    public async Task<MediaPurgeResult> PurgeAsync(TimeSpan gracePeriod, bool dryRun, CancellationToken ct = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - gracePeriod;
        var candidates = await db.Set<MediaFileRecord>().CountAsync(f => f.UploadedUtc < cutoff, ct);
        // Soft-deleted items count too: their versions (and usage rows) remain, and may be restored.
        var unused = await db.Set<MediaFileRecord>()
            .Where(f => f.UploadedUtc < cutoff && !db.Set<MediaUsageRecord>().Any(u => u.MediaId == f.Id))
            .ToListAsync(ct);
        if (dryRun || unused.Count == 0) return new MediaPurgeResult(candidates, [.. unused.Select(f => f.FileName)], 0);

        // Rows first, then files: a crash in between leaves a stray file on disk, never a row without its file.
        db.RemoveRange(unused);
        await db.SaveChangesAsync(ct);
        foreach (var file in unused)
        {
            var path = Path.Combine(options.Value.Root, file.StoragePath);
            if (File.Exists(path)) File.Delete(path);
        }
        var bytes = unused.Sum(f => f.Length);
        await audit.RecordAsync(new AuditEntry(AuditEvents.MediaPurged,
            $"清理未被任何内容引用的上传文件 {unused.Count} 个，共 {bytes / 1024.0:0.#} KB"));
        return new MediaPurgeResult(candidates, [.. unused.Select(f => f.FileName)], bytes);
    }
}

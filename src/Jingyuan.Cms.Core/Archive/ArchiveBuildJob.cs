using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Jingyuan.Cms.Archive;

/// <summary>
/// Runs one queued package: claims it (a conditional update, so two nodes never build the same one),
/// builds it with progress, then in one transaction marks its items archived and the package done.
/// A failed build leaves no file and archives nothing.
/// </summary>
public sealed class ArchiveBuildJob(
    CmsDbContext db, ArchiveItemSource source, ArchivePackageBuilder builder, IPlanStore plans, IAppDataFolder dataFolder,
    IAuditTrail audit, TimeProvider clock, ILogger<ArchiveBuildJob> log)
{
    private const int MarkBatch = 1000;

    private DbSet<ArchivePackageRecord> Packages => db.Set<ArchivePackageRecord>();

    public string Folder => dataFolder.For("archive");

    /// <summary>Builds the oldest queued package; false when none is waiting.</summary>
    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        var next = await Packages.AsNoTracking().Where(p => p.Status == ArchivePackageStatus.Queued).OrderBy(p => p.Id)
            .Select(p => p.Id).FirstOrDefaultAsync(ct);
        if (next is null) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await Packages.Where(p => p.Id == next && p.Status == ArchivePackageStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ArchivePackageStatus.Building).SetProperty(p => p.StartedUtc, now), ct);
        if (claimed != 1) return true;
        var package = await Packages.AsNoTracking().FirstAsync(p => p.Id == next, ct);
        try
        {
            await BuildAsync(package, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Archive package {Id} failed", package.Id);
            Cleanup(package.Id, keepZip: false);
            var message = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
            await Packages.Where(p => p.Id == package.Id).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Status, ArchivePackageStatus.Failed).SetProperty(p => p.Error, message)
                .SetProperty(p => p.FinishedUtc, clock.GetUtcNow().UtcDateTime), CancellationToken.None);
        }
        return true;
    }

    /// <summary>Builds that were running when the site stopped start again from the beginning.</summary>
    public async Task RequeueInterruptedAsync(CancellationToken ct)
    {
        var ids = await Packages.Where(p => p.Status == ArchivePackageStatus.Building).Select(p => p.Id).ToListAsync(ct);
        foreach (var id in ids) Cleanup(id, keepZip: false);
        await Packages.Where(p => p.Status == ArchivePackageStatus.Building).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.Status, ArchivePackageStatus.Queued).SetProperty(p => p.ItemsDone, 0), ct);
    }

    private async Task BuildAsync(ArchivePackageRecord package, CancellationToken ct)
    {
        var taskNumber = package.TaskId is { } taskId ? (await plans.GetTaskAsync(taskId))?.Number : null;
        var scope = new ArchiveScope(package.Year, package.DepartmentId, package.TaskId);
        var total = await source.Query(scope, taskNumber).CountAsync(ct);
        await Packages.Where(p => p.Id == package.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ItemsTotal, total), ct);

        var result = await builder.BuildAsync(package, taskNumber, Folder, done =>
            Packages.Where(p => p.Id == package.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ItemsDone, done), ct), ct);

        var now = clock.GetUtcNow().UtcDateTime;
        await db.InTransactionAsync(async () =>
        {
            var batch = new List<ArchivedItemRecord>(MarkBatch);
            foreach (var line in ArchivePackageBuilder.ReadSpool(result.ItemsSpool))
            {
                var cells = line.Split('\t');
                batch.Add(new ArchivedItemRecord { ContentItemId = cells[0], PackageId = package.Id, ItemNumber = cells[1], ArchivedUtc = now });
                if (batch.Count == MarkBatch) await SaveMarksAsync(batch);
            }
            await SaveMarksAsync(batch);
            await Packages.Where(p => p.Id == package.Id).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Status, ArchivePackageStatus.Succeeded).SetProperty(p => p.ItemsDone, result.Items)
                .SetProperty(p => p.ItemsTotal, result.Items)
                .SetProperty(p => p.FilePath, result.ZipPath).SetProperty(p => p.Length, result.Length)
                .SetProperty(p => p.Sha256, result.Sha256).SetProperty(p => p.FinishedUtc, now));
            await audit.RecordAsync(new AuditEntry(AuditEvents.ArchiveBuilt,
                $"生成档案包 {package.Id}（{package.ScopeLabel}），归档 {result.Items} 件，SHA-256 {result.Sha256}", DepartmentId: package.DepartmentId));
        }, CancellationToken.None);
        Cleanup(package.Id, keepZip: true);
    }

    private async Task SaveMarksAsync(List<ArchivedItemRecord> batch)
    {
        if (batch.Count == 0) return;
        db.AddRange(batch);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        batch.Clear();
    }

    private void Cleanup(string id, bool keepZip)
    {
        var spool = Path.Combine(Folder, $"{id}.spool");
        if (Directory.Exists(spool)) Directory.Delete(spool, recursive: true);
        var zip = Path.Combine(Folder, $"{id}.zip");
        if (!keepZip && File.Exists(zip)) File.Delete(zip);
    }
}

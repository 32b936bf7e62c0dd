using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Archive;

/// <summary>
/// The packages as the signed-in user may see and ask for them. A user without
/// <see cref="ArchivePermissions.BuildAllArchives"/> works only within their own department: the scope's
/// department is theirs whatever the form says, and other departments' packages do not exist for them.
/// </summary>
public sealed class ArchivePackages(
    CmsDbContext db, ICurrentUser user, IAuditTrail audit, IPlanStore plans, IDepartmentStore departments,
    ArchiveBuildSignal signal, TimeProvider clock, IStringLocalizer<ArchivePackages> T) : IArchivePackages
{
    private DbSet<ArchivePackageRecord> Packages => db.Set<ArchivePackageRecord>();

    public async Task<ArchivePackageInfo> RequestAsync(ArchiveScope scope)
    {
        var own = await ScopeAsync() ?? throw new ArchiveForbiddenException(T["您没有生成档案包的权限"]);
        var department = own.All ? scope.DepartmentId : own.DepartmentId;
        if (await plans.GetYearAsync(scope.Year) is null) throw new ArchiveScopeException(T["{0}年度的方案不存在", scope.Year]);
        var label = $"{scope.Year}年度";
        if (department is { } d)
            label += " · " + ((await departments.GetAsync(d))?.Name ?? throw new ArchiveScopeException(T["单位不存在"]));
        if (scope.TaskId is { } taskId)
        {
            var task = await plans.GetTaskAsync(taskId);
            var year = await plans.GetYearAsync(scope.Year);
            if (task is null || year!.Chapters.All(c => c.Id != task.ChapterId))
                throw new ArchiveScopeException(T["任务不属于{0}年度的方案", scope.Year]);
            label += $" · 任务{task.Number}";
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var package = new ArchivePackageRecord
        {
            Id = now.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("n")[..8],
            Year = scope.Year, DepartmentId = department, TaskId = scope.TaskId, ScopeLabel = label,
            Status = ArchivePackageStatus.Queued, RequestedBy = user.UserName, RequestedUtc = now,
        };
        await db.InTransactionAsync(async () =>
        {
            Packages.Add(package);
            await db.SaveChangesAsync();
            await audit.RecordAsync(new AuditEntry(AuditEvents.ArchiveRequested, $"申请生成档案包 {package.Id}（{label}）",
                DepartmentId: department));
        });
        signal.Wake();
        return ToInfo(package);
    }

    public async Task<IReadOnlyList<ArchivePackageInfo>> ListAsync(string? before = null, int pageSize = 20)
    {
        if (await ScopeAsync() is not { } own) return [];
        var rows = Visible(own);
        // Ids start with the request time, so ordering by id is newest first and pages by key.
        if (before is not null) rows = rows.Where(p => string.Compare(p.Id, before) < 0);
        return (await rows.OrderByDescending(p => p.Id).Take(Math.Clamp(pageSize, 1, 100)).ToListAsync()).Select(ToInfo).ToList();
    }

    public async Task<ArchivePackageInfo?> GetAsync(string packageId) =>
        await FindAsync(packageId) is { } p ? ToInfo(p) : null;

    public async Task<Stream?> OpenAsync(string packageId)
    {
        if (await FindAsync(packageId) is not { Status: ArchivePackageStatus.Succeeded, FilePath: { } path } package) return null;
        if (!File.Exists(path)) return null;
        await audit.RecordAsync(new AuditEntry(AuditEvents.ArchiveDownloaded, $"下载档案包 {package.Id}（{package.ScopeLabel}）",
            DepartmentId: package.DepartmentId));
        return File.OpenRead(path);
    }

    public async Task<ArchiveMark?> MarkOfAsync(string contentItemId) =>
        await db.Set<ArchivedItemRecord>().AsNoTracking().Where(a => a.ContentItemId == contentItemId)
            .OrderBy(a => a.ArchivedUtc).Select(a => new ArchiveMark(a.ContentItemId, a.PackageId, a.ItemNumber, a.ArchivedUtc))
            .FirstOrDefaultAsync();

    private async Task<ArchivePackageRecord?> FindAsync(string packageId) =>
        await ScopeAsync() is { } own ? await Visible(own).FirstOrDefaultAsync(p => p.Id == packageId) : null;

    private IQueryable<ArchivePackageRecord> Visible((bool All, int? DepartmentId) own) =>
        own.All ? Packages.AsNoTracking() : Packages.AsNoTracking().Where(p => p.DepartmentId == own.DepartmentId);

    /// <summary>Null without any archive right; a department user without a department has none either.</summary>
    private async Task<(bool All, int? DepartmentId)?> ScopeAsync()
    {
        if (await user.HasPermissionAsync(ArchivePermissions.BuildAllArchives)) return (true, null);
        if (user.DepartmentId is { } d && await user.HasPermissionAsync(ArchivePermissions.BuildOwnArchive)) return (false, d);
        return null;
    }

    internal static ArchivePackageInfo ToInfo(ArchivePackageRecord p) => new(p.Id, new ArchiveScope(p.Year, p.DepartmentId, p.TaskId),
        p.ScopeLabel, p.Status, p.ItemsDone, p.ItemsTotal, p.Error, p.RequestedBy,
        DateTime.SpecifyKind(p.RequestedUtc, DateTimeKind.Utc), p.FinishedUtc is { } f ? DateTime.SpecifyKind(f, DateTimeKind.Utc) : null, p.Length);
}

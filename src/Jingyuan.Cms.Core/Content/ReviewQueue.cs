using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Content;

/// <summary>An item waiting on someone: its latest version, when it was last written, and the reviewer's reason if returned.</summary>
public sealed record QueuedItem(
    string ContentItemId, long VersionId, string ContentType, string DisplayText, int? DepartmentId,
    DateTime ModifiedUtc, string? Reason)
{
    /// <summary>Whole days since it was last written, in China time.</summary>
    public int AgeInDays(DateOnly today) => today.DayNumber - Time.ChinaTime.DateOf(ModifiedUtc).DayNumber;
}

/// <summary>A page of the queue; <see cref="Next"/> is the key to pass for the next page (null on the last).</summary>
public sealed record QueuePage(IReadOnlyList<QueuedItem> Items, int Total, QueueKey? Next);

/// <summary>Keyset position: the last row's time and version id.</summary>
public sealed record QueueKey(DateTime ModifiedUtc, long VersionId);

/// <summary>
/// The 工作台's queues across every content type (progress reports included): items awaiting review,
/// oldest first, and a unit's returned items with the reason. One query per page, paged by key.
/// </summary>
public sealed class ReviewQueue(CmsDbContext db)
{
    public Task<QueuePage> PendingAsync(int? departmentId, QueueKey? after, int pageSize, CancellationToken ct = default) =>
        PageAsync(ContentStatus.Submitted, departmentId, after, pageSize, ct);

    public Task<QueuePage> RejectedAsync(int departmentId, QueueKey? after, int pageSize, CancellationToken ct = default) =>
        PageAsync(ContentStatus.Rejected, departmentId, after, pageSize, ct);

    private async Task<QueuePage> PageAsync(ContentStatus status, int? departmentId, QueueKey? after, int pageSize, CancellationToken ct)
    {
        var rows = db.Set<ContentItemRecord>().AsNoTracking()
            .Where(r => r.Latest && !r.Deleted && r.Status == status && (departmentId == null || r.DepartmentId == departmentId));
        var total = await rows.CountAsync(ct);
        if (after is { } key)
            rows = rows.Where(r => r.ModifiedUtc > key.ModifiedUtc || (r.ModifiedUtc == key.ModifiedUtc && r.Id > key.VersionId));
        var items = await rows.OrderBy(r => r.ModifiedUtc).ThenBy(r => r.Id).Take(pageSize + 1)
            .Select(r => new QueuedItem(r.ContentItemId, r.Id, r.ContentType, r.DisplayText, r.DepartmentId, r.ModifiedUtc, r.ReviewComment))
            .ToListAsync(ct);
        var next = items.Count > pageSize ? new QueueKey(items[pageSize - 1].ModifiedUtc, items[pageSize - 1].VersionId) : null;
        return new QueuePage(items.Take(pageSize).ToList(), total, next);
    }
}

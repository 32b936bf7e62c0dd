using System.Security.Claims;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Notifications;

/// <summary>A notification as a user sees it in the list.</summary>
public sealed record NotificationView(long Id, string Subject, string Body, string? Url, int DepartmentId, bool Escalated, DateTime CreatedUtc, bool Read);

/// <summary>
/// The signed-in user's notifications: their own unit's, and for the coordinating office also every escalated
/// one. Nobody sees another unit's; a user without a unit sees none.
/// </summary>
public sealed class NotificationInbox(CmsDbContext db, NotificationRecipients recipients, TimeProvider clock) : INotificationInbox
{
    public const int PageSize = 30;

    public async Task<int> CountUnreadAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (await VisibleAsync(user) is not { } visible) return 0;
        var userId = UserId(user);
        return await visible.CountAsync(n => !db.Set<NotificationReadRecord>().Any(r => r.UserId == userId && r.NotificationId == n.Id), cancellationToken);
    }

    /// <summary>Newest first, paged by key: <paramref name="before"/> is the last id of the previous page.</summary>
    public async Task<IReadOnlyList<NotificationView>> ListAsync(ClaimsPrincipal user, long? before = null, CancellationToken cancellationToken = default)
    {
        if (await VisibleAsync(user) is not { } visible) return [];
        var userId = UserId(user);
        if (before is { } last) visible = visible.Where(n => n.Id < last);
        return await visible.OrderByDescending(n => n.Id).Take(PageSize)
            .Select(n => new NotificationView(n.Id, n.Subject, n.Body, n.Url, n.DepartmentId, n.Escalated, n.CreatedUtc,
                db.Set<NotificationReadRecord>().Any(r => r.UserId == userId && r.NotificationId == n.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Marks the given notifications (those the user may see; others are ignored) read; returns how many were newly marked.</summary>
    public async Task<int> MarkReadAsync(ClaimsPrincipal user, IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0 || await VisibleAsync(user) is not { } visible) return 0;
        var userId = UserId(user);
        var unread = await visible.Where(n => ids.Contains(n.Id)
                && !db.Set<NotificationReadRecord>().Any(r => r.UserId == userId && r.NotificationId == n.Id))
            .Select(n => n.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Set<NotificationReadRecord>().AddRange(unread.Select(id => new NotificationReadRecord { NotificationId = id, UserId = userId, ReadUtc = now }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // A second tab marked them at the same moment: they are read either way.
            db.ChangeTracker.Entries<NotificationReadRecord>().ToList().ForEach(x => x.State = EntityState.Detached);
        }
        return unread.Count;
    }

    /// <summary>All visible ids not yet read (for 全部标为已读), at most a few hundred at a time.</summary>
    public async Task<IReadOnlyList<long>> UnreadIdsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (await VisibleAsync(user) is not { } visible) return [];
        var userId = UserId(user);
        return await visible.Where(n => !db.Set<NotificationReadRecord>().Any(r => r.UserId == userId && r.NotificationId == n.Id))
            .OrderByDescending(n => n.Id).Take(500).Select(n => n.Id).ToListAsync(cancellationToken);
    }

    private async Task<IQueryable<NotificationRecord>?> VisibleAsync(ClaimsPrincipal user)
    {
        if (user.DepartmentId() is not { } department || UserId(user).Length == 0) return null;
        var notifications = db.Set<NotificationRecord>().AsNoTracking();
        return await recipients.CoordinatingOfficeAsync() == department
            ? notifications.Where(n => n.DepartmentId == department || n.Escalated)
            : notifications.Where(n => n.DepartmentId == department);
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}

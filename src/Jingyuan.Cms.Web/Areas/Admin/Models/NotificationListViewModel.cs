using Jingyuan.Cms.Notifications;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>The user's notifications, newest first; <see cref="NextBefore"/> pages on by key.</summary>
public sealed class NotificationListViewModel
{
    public required IReadOnlyList<NotificationView> Items { get; init; }
    public required IReadOnlyDictionary<int, string> DepartmentNames { get; init; }
    public int? OwnDepartmentId { get; init; }
    public long? NextBefore { get; init; }
    public bool FirstPage { get; init; }

    /// <summary>Only links inside this site's admin are followed (a stored URL is never trusted to go elsewhere).</summary>
    public static bool IsLocalAdminLink(string? url) =>
        url is not null && url.StartsWith("/admin", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal);
}

using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Jingyuan.Cms.Notifications;

/// <summary>Who a notification reaches: the unit's active users with a confirmed e-mail, and the coordinating office's when escalated.</summary>
public sealed class NotificationRecipients(CmsDbContext db, IDepartmentStore departments, IMemoryCache cache, NotificationOptions options)
{
    /// <summary>The coordinating office's department id, or null when no unit has its name.</summary>
    public async Task<int?> CoordinatingOfficeAsync() =>
        await cache.GetOrCreateAsync("notifications:coordinating-office", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return (await departments.FindByNameAsync(options.CoordinatingOffice))?.Id;
        });

    public async Task<IReadOnlyList<string>> AddressesAsync(int departmentId, bool escalated)
    {
        var units = new List<int> { departmentId };
        if (escalated && await CoordinatingOfficeAsync() is { } office && office != departmentId) units.Add(office);
        var emails = await db.Set<CmsUser>().AsNoTracking()
            .Where(u => u.DepartmentId != null && units.Contains(u.DepartmentId.Value) && !u.Disabled && u.EmailConfirmed && u.Email != null)
            .Select(u => u.Email!)
            .ToListAsync();
        return emails.Select(e => e.Trim()).Where(e => e.Length is > 0 and <= 256)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
    }
}

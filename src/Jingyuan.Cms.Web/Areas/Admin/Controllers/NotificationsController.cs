using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Notifications;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>
/// 通知中心: the reminders of the user's unit (and, for the coordinating office, escalated ones of every unit).
/// The inbox decides visibility from the signed-in account; ids from the form only ever narrow it.
/// </summary>
[Area("Admin")]
[Route("admin/notifications")]
[RequirePermission("AccessAdmin")]
public sealed class NotificationsController(NotificationInbox inbox, IDepartmentStore departments, IAuditTrail audit,
    IStringLocalizer<NotificationsController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(long? before = null)
    {
        var items = await inbox.ListAsync(User, before, HttpContext.RequestAborted);
        var names = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
        return View(new NotificationListViewModel
        {
            Items = items, DepartmentNames = names, OwnDepartmentId = User.DepartmentId(), FirstPage = before is null,
            NextBefore = items.Count == NotificationInbox.PageSize ? items[^1].Id : null,
        });
    }

    [HttpPost("read")]
    public async Task<IActionResult> Read(long[] ids, long? before = null)
    {
        var marked = await inbox.MarkReadAsync(User, ids.Take(NotificationInbox.PageSize * 2).ToList(), HttpContext.RequestAborted);
        await AuditAsync(marked);
        return Redirect(before is { } b ? $"/admin/notifications?before={b}" : "/admin/notifications");
    }

    [HttpPost("read-all")]
    public async Task<IActionResult> ReadAll()
    {
        var ids = await inbox.UnreadIdsAsync(User, HttpContext.RequestAborted);
        var marked = await inbox.MarkReadAsync(User, ids, HttpContext.RequestAborted);
        await AuditAsync(marked);
        TempData["Message"] = T["已将 {0} 条通知标为已读。", marked].Value;
        return Redirect("/admin/notifications");
    }

    private async Task AuditAsync(int marked)
    {
        if (marked > 0) await audit.RecordAsync(new AuditEntry(AuditEvents.NotificationsRead, T["标记 {0} 条通知为已读", marked], DepartmentId: User.DepartmentId()));
    }
}

using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>Reads the audit trail. Deliberately read-only: there is no action that edits or deletes an entry.</summary>
[Area("Admin")]
[Route("admin/audit")]
[RequirePermission("ViewAuditTrail")]
public sealed class AuditController(
    AuditQuery query,
    CmsDbContext db,
    IDepartmentStore departments,
    IStringLocalizer<AuditController> T) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(AuditFilterInput filter)
    {
        if (filter.From > filter.To) ModelState.AddModelError(nameof(filter.To), T["截止日期不能早于起始日期"]);
        var page = Math.Max(1, filter.Page);
        // Dates that failed to bind stay null and simply do not filter; the error shows next to the input.
        var events = await query.FindAsync(new AuditFilter
        {
            UserName = filter.User, EventName = filter.Event, DepartmentId = filter.Department,
            ContentItemId = filter.Item, From = filter.From, To = filter.To, Page = page, PageSize = PageSize,
        });
        var names = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
        return View(new AuditListViewModel
        {
            Filter = filter, Events = events, DepartmentNames = names,
            Pager = new ListPager(page, events.PageCount, events.Total, "/admin/audit", new Dictionary<string, string?>
            {
                ["user"] = filter.User, ["event"] = filter.Event, ["department"] = filter.Department?.ToString(),
                ["item"] = filter.Item, ["from"] = filter.From?.ToString("yyyy-MM-dd"), ["to"] = filter.To?.ToString("yyyy-MM-dd"),
            }),
        });
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id)
    {
        var record = await db.Set<AuditEventRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        if (record is null) return NotFound();
        var department = record.DepartmentId is { } dept ? (await departments.GetAsync(dept))?.Name : null;
        return View(new AuditDetailsViewModel { Event = record, DepartmentName = department });
    }
}

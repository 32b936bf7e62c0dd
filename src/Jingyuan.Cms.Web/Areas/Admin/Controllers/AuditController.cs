using System.Globalization;
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
    IAuditTrail audit,
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
        return View("Index", new AuditListViewModel
        {
            Filter = filter, Events = events, DepartmentNames = names,
            Pager = new ListPager(page, events.PageCount, events.Total, "/admin/audit", new Dictionary<string, string?>
            {
                ["user"] = filter.User, ["event"] = filter.Event, ["department"] = filter.Department?.ToString(CultureInfo.InvariantCulture),
                ["item"] = filter.Item, ["from"] = filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }),
        });
    }

    /// <summary>The filtered entries of a date range as CSV or .xlsx; the export itself is audited, with its row count.</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export(AuditFilterInput filter, string format = "csv")
    {
        if (filter.From is null) ModelState.AddModelError(nameof(filter.From), T["导出前请选择起始日期"]);
        if (filter.To is null) ModelState.AddModelError(nameof(filter.To), T["导出前请选择截止日期"]);
        if (format is not ("csv" or "xlsx")) ModelState.AddModelError("", T["导出格式只能是 csv 或 xlsx"]);
        if (!ModelState.IsValid || filter.From > filter.To) return await Index(filter);

        var criteria = new AuditFilter
        {
            UserName = filter.User, EventName = filter.Event, DepartmentId = filter.Department,
            ContentItemId = filter.Item, From = filter.From, To = filter.To,
        };
        var buffer = new MemoryStream();
        Func<string, string> names = e => T[AuditEventNames.Of(e)].Value;
        var entries = query.StreamAsync(criteria);
        var rows = format == "xlsx"
            ? await AuditExport.WriteXlsxAsync(buffer, entries, names)
            : await AuditExport.WriteCsvAsync(buffer, entries, names);
        buffer.Position = 0;
        // Recorded before the file is sent, so an export cannot leave the building unrecorded.
        await audit.RecordAsync(new AuditEntry(AuditEvents.AuditExported,
            T["导出审计日志（{0} 至 {1}，{2}，{3} 条）", filter.From!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), filter.To!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), format, rows]));
        var name = $"audit-{filter.From:yyyyMMdd}-{filter.To:yyyyMMdd}.{format}";
        return File(buffer, format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8", name);
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

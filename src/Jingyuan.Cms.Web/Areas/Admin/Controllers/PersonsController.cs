using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>
/// A person across the people ledgers: look up by ID number (posted, never in a URL), then the
/// person's page by key (the ID number's index hash). Only rows the viewer may view; every page audited.
/// </summary>
[Area("Admin")]
[Route("admin/persons")]
[RequirePermission("RevealPersonalData")]
public sealed class PersonsController(
    PersonDirectory directory,
    IDepartmentStore departments,
    IAuditTrail audit,
    TimeProvider clock,
    IStringLocalizer<PersonsController> T) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();

    [HttpPost("")]
    public async Task<IActionResult> Lookup(string? idNumber)
    {
        var today = Time.ChinaTime.Today(clock);
        if (ChineseIdNumber.Problem(idNumber, today) is { } problem)
        {
            ModelState.AddModelError(nameof(idNumber), T[problem]);
            return View(nameof(Index));
        }
        return Redirect($"/admin/persons/{await directory.KeyOfAsync(idNumber!)}");
    }

    [HttpGet("{key}")]
    public async Task<IActionResult> Person(string key)
    {
        if (key.Length != 64 || !key.All(char.IsAsciiHexDigit)) return NotFound();
        var rows = await directory.RowsAsync(key, User);
        await audit.RecordAsync(new AuditEntry(AuditEvents.PersonViewed,
            T["查看人员台账汇总（{0}条记录）", rows.Count], Diff: string.Join('\n', rows.Select(r => $"{r.ContentType} {r.ContentItemId}"))));
        ViewData["Departments"] = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
        Response.Headers.CacheControl = "no-store";
        return View(rows);
    }
}

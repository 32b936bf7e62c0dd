using Jingyuan.Cms.Data;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Jingyuan.Cms.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>
/// A year's header (title, 文号, issuer, date, goals, 保障措施), publishing a draft year, and moving
/// tasks within their chapter. Every change is audited by <see cref="PlanAdminService"/>.
/// </summary>
[Area("Admin")]
[Route("admin/plan")]
[RequirePermission("ManagePlans")]
public sealed class PlanYearController(
    CmsDbContext db, IPlanStore plans, PlanAdminService admin, PortalCache portal, IStringLocalizer<PlanYearController> T) : Controller
{
    private const int BlankSafeguardRows = 2;

    [HttpGet("{year:int}/edit")]
    public async Task<IActionResult> Edit(int year)
    {
        if (await plans.GetYearAsync(year) is not { } plan) return NotFound();
        var form = new PlanYearForm
        {
            Year = year, Title = plan.Title, DocumentNumber = plan.DocumentNumber, IssuedBy = plan.IssuedBy,
            IssuedOn = plan.IssuedOn, Goals = plan.Goals,
            Safeguards = plan.Safeguards.Select((s, i) => new SafeguardRow { Order = i + 1, Title = s.Title, Text = s.Text }).ToList(),
        };
        return View(WithBlankRows(form));
    }

    [HttpPost("{year:int}/edit")]
    public async Task<IActionResult> Edit(int year, PlanYearForm form)
    {
        if (await plans.GetYearAsync(year) is null) return NotFound();
        form.Year = year;
        var kept = form.Safeguards.Select((row, index) => (row, index)).Where(r => !r.row.Remove && !r.row.IsBlank).ToList();
        foreach (var (row, index) in kept.Where(r => string.IsNullOrWhiteSpace(r.row.Title)))
            ModelState.AddModelError($"Safeguards[{index}].Title", T["请填写保障措施标题"]);
        if (ModelState.IsValid)
        {
            // The order field moves a row; ties keep the order of the form. Numbers are then 1..n.
            var safeguards = kept.OrderBy(r => r.row.Order ?? r.index + 1).ThenBy(r => r.index)
                .Select((r, i) => new Safeguard { Number = i + 1, Title = r.row.Title!.Trim(), Text = r.row.Text?.Trim() ?? "" }).ToList();
            try
            {
                await admin.UpdateYearAsync(year, new PlanYearInput(year, form.Title, form.IssuedBy ?? "", form.IssuedOn,
                    form.Goals ?? "", safeguards, form.DocumentNumber ?? ""));
                portal.Invalidate();
                TempData["Message"] = T["已保存 {0} 年度方案信息。", year].Value;
                return Redirect($"/admin/plan/{year}");
            }
            catch (PlanValidationException e)
            {
                ModelState.AddModelError(e.Field == nameof(PlanYearInput.Safeguards) ? "" : e.Field, e.Reason);
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(WithBlankRows(form));
    }

    /// <summary>Makes a draft year public; the page asks for confirmation before posting.</summary>
    [HttpPost("{year:int}/publish")]
    public async Task<IActionResult> Publish(int year)
    {
        if (await plans.GetYearAsync(year) is null) return NotFound();
        await admin.PublishYearAsync(year);
        portal.Invalidate();
        TempData["Message"] = T["{0} 年度方案已发布，公众网站可以看到。", year].Value;
        return Redirect($"/admin/plan/{year}");
    }

    [HttpPost("tasks/{id:int}/move")]
    public async Task<IActionResult> MoveTask(int id, string direction)
    {
        if (await plans.GetTaskAsync(id) is not { } task) return NotFound();
        if (direction is not ("up" or "down")) return BadRequest();
        if (!await admin.MoveTaskAsync(id, up: direction == "up"))
            TempData["Error"] = T["任务{0}已在本章节{1}。", task.Number, direction == "up" ? T["最前"] : T["最后"]].Value;
        portal.Invalidate();
        var year = await YearOfChapterAsync(task.ChapterId);
        return Redirect($"/admin/plan/{year}#task-{id}");
    }

    private Task<int> YearOfChapterAsync(int chapterId) =>
        db.Set<PlanChapter>().Where(c => c.Id == chapterId)
            .Join(db.Set<PlanYear>(), c => c.PlanYearId, y => y.Id, (c, y) => y.Year).SingleAsync();

    private static PlanYearForm WithBlankRows(PlanYearForm form)
    {
        var blanks = BlankSafeguardRows - form.Safeguards.Count(s => s.IsBlank);
        for (var i = 0; i < blanks; i++) form.Safeguards.Add(new SafeguardRow());
        return form;
    }
}

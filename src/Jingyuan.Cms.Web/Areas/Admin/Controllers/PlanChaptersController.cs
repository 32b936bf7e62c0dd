using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>Adds, edits and deletes a year's chapters (重点工作的九个方面).</summary>
[Area("Admin")]
[Route("admin/plan")]
[RequirePermission("ManagePlans")]
public sealed class PlanChaptersController(
    CmsDbContext db,
    PlanAdminService admin,
    IPlanStore plans,
    IModuleState modules,
    ProgressReportQueries reports,
    IStringLocalizer<PlanChaptersController> T) : Controller
{
    [HttpGet("{year:int}/chapters/new")]
    public async Task<IActionResult> Create(int year)
    {
        var plan = await plans.GetYearAsync(year);
        if (plan is null) return NotFound();
        var next = plan.Chapters.Count == 0 ? 1 : plan.Chapters.Max(c => c.Number) + 1;
        return View("Edit", WithOptions(new PlanChapterForm { Number = next }, year, null));
    }

    [HttpPost("{year:int}/chapters/new")]
    public async Task<IActionResult> Create(int year, PlanChapterForm form)
    {
        if (!(await plans.ListYearsAsync()).Contains(year)) return NotFound();
        CheckModule(form);
        if (ModelState.IsValid && await TryAsync(() => admin.CreateChapterAsync(year, Input(form))))
        {
            TempData["Message"] = T["已添加{0}。", ChapterNumerals.Of(form.Number!.Value)].Value;
            return Redirect($"/admin/plan/{year}");
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", WithOptions(form, year, null));
    }

    [HttpGet("chapters/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        if (await db.ChapterAsync(id) is not { } found) return NotFound();
        var (chapter, year) = found;
        var form = new PlanChapterForm { Number = chapter.Number, Title = chapter.Title, Summary = chapter.Summary, ModuleId = chapter.ModuleId };
        return View(WithOptions(form, year, id));
    }

    [HttpPost("chapters/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, PlanChapterForm form)
    {
        if (await db.ChapterAsync(id) is not { } found) return NotFound();
        var year = found.Year;
        CheckModule(form);
        if (ModelState.IsValid && await TryAsync(() => admin.UpdateChapterAsync(id, Input(form))))
        {
            TempData["Message"] = T["已保存{0}。", ChapterNumerals.Of(form.Number!.Value)].Value;
            return Redirect($"/admin/plan/{year}");
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(WithOptions(form, year, id));
    }

    [HttpPost("chapters/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id)
    {
        if (await db.ChapterAsync(id) is not { } found) return NotFound();
        var (chapter, year) = found;
        var taskIds = await db.Set<PlanTask>().Where(t => t.ChapterId == id).Select(t => t.Id).ToListAsync();
        // Reports name the tasks they were filed under; deleting those tasks would orphan approved figures.
        var used = await reports.CountForTasksAsync(taskIds);
        if (used > 0)
        {
            TempData["Error"] = T["不能删除{0}：其任务已有 {1} 条进度报告。", ChapterNumerals.Of(chapter.Number), used].Value;
            return Redirect($"/admin/plan/{year}");
        }
        await admin.DeleteChapterAsync(id);
        TempData["Message"] = T["已删除{0}及其任务和指标。", ChapterNumerals.Of(chapter.Number)].Value;
        return Redirect($"/admin/plan/{year}");
    }

    private void CheckModule(PlanChapterForm form)
    {
        if (!string.IsNullOrWhiteSpace(form.ModuleId)
            && !modules.AllModules.Any(m => string.Equals(m.Id, form.ModuleId.Trim(), StringComparison.OrdinalIgnoreCase)))
            ModelState.AddModelError(nameof(form.ModuleId), T["模块“{0}”不存在", form.ModuleId]);
    }

    private async Task<bool> TryAsync(Func<Task> save)
    {
        try
        {
            await save();
            return true;
        }
        catch (PlanValidationException e)
        {
            ModelState.AddModelError(e.Field, e.Reason);
            return false;
        }
    }

    private PlanChapterForm WithOptions(PlanChapterForm form, int year, int? chapterId)
    {
        form.ModuleOptions = modules.AllModules.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        form.Year = year;
        form.ChapterId = chapterId;
        return form;
    }

    private static PlanChapterInput Input(PlanChapterForm form) =>
        new(form.Number!.Value, form.Title, form.Summary ?? "", string.IsNullOrWhiteSpace(form.ModuleId) ? null : form.ModuleId.Trim());
}

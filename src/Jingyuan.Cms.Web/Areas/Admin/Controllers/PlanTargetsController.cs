using Jingyuan.Cms.Data;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>Adds, edits and deletes targets (指标) of a task or of a chapter as a whole.</summary>
[Area("Admin")]
[Route("admin/plan")]
[RequirePermission("ManagePlans")]
public sealed class PlanTargetsController(
    CmsDbContext db,
    PlanAdminService admin,
    ProgressReportQueries reports,
    IStringLocalizer<PlanTargetsController> T) : Controller
{
    [HttpGet("tasks/{taskId:int}/targets/new")]
    public async Task<IActionResult> CreateForTask(int taskId)
    {
        if (await db.TaskAsync(taskId) is not { } found) return NotFound();
        return View("Edit", ForTask(NewForm(), found.Task, found.Year));
    }

    [HttpPost("tasks/{taskId:int}/targets/new")]
    public async Task<IActionResult> CreateForTask(int taskId, PlanTargetForm form)
    {
        if (await db.TaskAsync(taskId) is not { } found) return NotFound();
        return await SaveAsync(ForTask(form, found.Task, found.Year), () => admin.CreateTaskTargetAsync(taskId, Input(form)));
    }

    [HttpGet("chapters/{chapterId:int}/targets/new")]
    public async Task<IActionResult> CreateForChapter(int chapterId)
    {
        if (await db.ChapterAsync(chapterId) is not { } found) return NotFound();
        return View("Edit", ForChapter(NewForm(), found.Chapter, found.Year));
    }

    [HttpPost("chapters/{chapterId:int}/targets/new")]
    public async Task<IActionResult> CreateForChapter(int chapterId, PlanTargetForm form)
    {
        if (await db.ChapterAsync(chapterId) is not { } found) return NotFound();
        return await SaveAsync(ForChapter(form, found.Chapter, found.Year), () => admin.CreateChapterTargetAsync(chapterId, Input(form)));
    }

    [HttpGet("targets/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        if (await db.TargetAsync(id) is not { } found) return NotFound();
        var t = found.Target;
        var form = new PlanTargetForm
        {
            Key = t.Key, Description = t.Description, Unit = t.Unit, TargetValue = t.TargetValue,
            Comparison = t.Comparison, Source = t.Source, SortOrder = t.SortOrder,
            Cadence = t.Cadence, DueDay = t.DueDay,
        };
        return View(Describe(form, OwnerOf(found.Task, found.Chapter), found.Year, $"/admin/plan/targets/{id}/edit", isNew: false));
    }

    [HttpPost("targets/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, PlanTargetForm form)
    {
        if (await db.TargetAsync(id) is not { } found) return NotFound();
        return await SaveAsync(Describe(form, OwnerOf(found.Task, found.Chapter), found.Year, $"/admin/plan/targets/{id}/edit", isNew: false),
            () => admin.UpdateTargetAsync(id, Input(form)));
    }

    [HttpPost("targets/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id)
    {
        if (await db.TargetAsync(id) is not { } found) return NotFound();
        var used = await reports.CountForTargetsAsync([id]);
        if (used > 0)
        {
            TempData["Error"] = T["不能删除指标“{0}”：已有 {1} 条进度报告。", found.Target.Description, used].Value;
            return Redirect($"/admin/plan/{found.Year}");
        }
        await admin.DeleteTargetAsync(id);
        TempData["Message"] = T["已删除指标“{0}”。", found.Target.Description].Value;
        return Redirect($"/admin/plan/{found.Year}");
    }

    private async Task<IActionResult> SaveAsync(PlanTargetForm form, Func<Task<PlanTarget>> save)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await save();
                TempData["Message"] = T["已保存指标“{0}”。", form.Description.Trim()].Value;
                return Redirect($"/admin/plan/{form.Year}");
            }
            catch (PlanValidationException e)
            {
                ModelState.AddModelError(e.Field, e.Reason);
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", form);
    }

    private static PlanTargetForm NewForm() =>
        new()
        {
            Comparison = TargetComparison.AtLeast, Source = TargetSource.Reported, SortOrder = 0,
            Cadence = ReportCadence.Monthly, DueDay = PlanTarget.DefaultDueDay,
        };

    private PlanTargetForm ForTask(PlanTargetForm form, PlanTask task, int year) =>
        Describe(form, OwnerOf(task, null), year, $"/admin/plan/tasks/{task.Id}/targets/new", isNew: true);

    private PlanTargetForm ForChapter(PlanTargetForm form, PlanChapter chapter, int year) =>
        Describe(form, OwnerOf(null, chapter), year, $"/admin/plan/chapters/{chapter.Id}/targets/new", isNew: true);

    private string OwnerOf(PlanTask? task, PlanChapter? chapter) => task is not null
        ? T["任务{0} {1}", task.Number, task.Title].Value
        : T["{0}{1}（章节整体指标）", ChapterNumerals.Of(chapter!.Number), chapter.Title].Value;

    private static PlanTargetForm Describe(PlanTargetForm form, string owner, int year, string action, bool isNew)
    {
        form.OwnerName = owner;
        form.Year = year;
        form.Action = action;
        form.IsNew = isNew;
        return form;
    }

    private static PlanTargetInput Input(PlanTargetForm form) =>
        new(form.Key.Trim(), form.Description, form.Unit ?? "", form.TargetValue!.Value,
            form.Comparison!.Value, form.Source!.Value, form.SortOrder ?? 0,
            form.Cadence!.Value, form.DueDay!.Value);
}

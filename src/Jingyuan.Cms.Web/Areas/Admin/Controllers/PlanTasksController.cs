using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>Adds, edits and deletes tasks: number, text, lead and responsible units, places.</summary>
[Area("Admin")]
[Route("admin/plan")]
[RequirePermission("ManagePlans")]
public sealed class PlanTasksController(
    CmsDbContext db,
    PlanAdminService admin,
    IDepartmentStore departments,
    ProgressReportQueries reports,
    IStringLocalizer<PlanTasksController> T) : Controller
{
    [HttpGet("chapters/{chapterId:int}/tasks/new")]
    public async Task<IActionResult> Create(int chapterId)
    {
        if (await db.ChapterAsync(chapterId) is not { } chapter) return NotFound();
        var numbers = await db.Set<PlanTask>()
            .Join(db.Set<PlanChapter>(), t => t.ChapterId, c => c.Id, (t, c) => new { t.Number, c.PlanYearId })
            .Where(x => x.PlanYearId == chapter.Chapter.PlanYearId).Select(x => x.Number).ToListAsync();
        var form = new PlanTaskForm { Number = numbers.Count == 0 ? 1 : numbers.Max() + 1 };
        return View("Edit", await WithOptionsAsync(form, chapter.Year, chapterId, null));
    }

    [HttpPost("chapters/{chapterId:int}/tasks/new")]
    public async Task<IActionResult> Create(int chapterId, PlanTaskForm form)
    {
        if (await db.ChapterAsync(chapterId) is not { } chapter) return NotFound();
        if (ModelState.IsValid && await TryAsync(() => admin.CreateTaskAsync(chapterId, Input(form))))
        {
            TempData["Message"] = T["已添加任务{0}。", form.Number!].Value;
            return Redirect($"/admin/plan/{chapter.Year}");
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", await WithOptionsAsync(form, chapter.Year, chapterId, null));
    }

    [HttpGet("tasks/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        if (await db.TaskAsync(id) is not { } found) return NotFound();
        var (task, year) = found;
        var form = new PlanTaskForm
        {
            Number = task.Number, Title = task.Title, Text = task.Text,
            LeadUnitIds = task.LeadUnitIds, ResponsibleUnitIds = task.ResponsibleUnitIds, Places = string.Join("\n", task.Places),
        };
        return View(await WithOptionsAsync(form, year, task.ChapterId, id));
    }

    [HttpPost("tasks/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, PlanTaskForm form)
    {
        if (await db.TaskAsync(id) is not { } found) return NotFound();
        if (ModelState.IsValid && await TryAsync(() => admin.UpdateTaskAsync(id, Input(form))))
        {
            TempData["Message"] = T["已保存任务{0}。", form.Number!].Value;
            return Redirect($"/admin/plan/{found.Year}");
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(await WithOptionsAsync(form, found.Year, found.Task.ChapterId, id));
    }

    [HttpPost("tasks/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id)
    {
        if (await db.TaskAsync(id) is not { } found) return NotFound();
        var (task, year) = found;
        // A task with reports keeps its approved figures traceable; it cannot go.
        var used = await reports.CountForTasksAsync([id]);
        if (used > 0)
        {
            TempData["Error"] = T["不能删除任务{0}：已有 {1} 条进度报告。", task.Number, used].Value;
            return Redirect($"/admin/plan/{year}");
        }
        await admin.DeleteTaskAsync(id);
        TempData["Message"] = T["已删除任务{0}及其指标。", task.Number].Value;
        return Redirect($"/admin/plan/{year}");
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

    private async Task<PlanTaskForm> WithOptionsAsync(PlanTaskForm form, int year, int chapterId, int? taskId)
    {
        form.DepartmentOptions = (await departments.ListAsync()).OrderBy(d => d.Kind).ThenBy(d => d.SortOrder).ThenBy(d => d.Id).ToList();
        form.Year = year;
        form.ChapterId = chapterId;
        form.TaskId = taskId;
        return form;
    }

    private static PlanTaskInput Input(PlanTaskForm form) =>
        new(form.Number!.Value, form.Title, form.Text ?? "", form.LeadUnitIds, form.ResponsibleUnitIds, form.PlaceList());
}

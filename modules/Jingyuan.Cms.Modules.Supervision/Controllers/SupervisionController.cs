using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Supervision.Models;
using Jingyuan.Cms.Modules.Supervision.Services;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using I = Jingyuan.Cms.Modules.Supervision.Models.SupervisionItemType;

namespace Jingyuan.Cms.Modules.Supervision.Controllers;

/// <summary>督办事项: the list (a unit sees its own), 立项 by the coordinating office, and an item's page with its timeline.</summary>
[Route("admin/supervision")]
[RequirePermission("AccessAdmin")]
public sealed class SupervisionController(SupervisionQueries queries, SupervisionLoop loop, SupervisionPages pages,
    IContentAuthorizer authorizer, IDepartmentStore departments, IPlanStore plans, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? stage, int? unit, SupervisionLight? light, int page = 1)
    {
        var coordinator = await loop.IsCoordinatorAsync();
        // The coordinating office sees every unit; anyone else their own unit's items only.
        int? scope = coordinator ? null : (await authorizer.DepartmentScopeAsync(User) ?? User.DepartmentId() ?? -1);
        var filter = new SupervisionFilter(stage, unit, light, page);
        var result = await queries.ListAsync(filter, scope);
        var units = await departments.ListAsync();
        var names = units.ToDictionary(d => d.Id, d => d.Name);
        var today = Time.ChinaTime.Today(clock);
        var rows = result.Items.Select(i => new SupervisionRow(i, SupervisionLights.On(i, today),
            i.DepartmentId is { } d ? names.GetValueOrDefault(d, "") : "")).ToList();
        return View(new SupervisionListModel(filter, result, rows, units, scope is not null, coordinator));
    }

    [HttpGet("items/new")]
    public async Task<IActionResult> New()
    {
        if (!await loop.IsCoordinatorAsync()) return Forbid();
        return View(new SupervisionNewModel(new SupervisionDraft(), await departments.ListAsync(),
            new Dictionary<string, string[]>(), null, null, await TasksAsync()));
    }

    [HttpPost("items/new")]
    public async Task<IActionResult> New(SupervisionDraft draft)
    {
        try
        {
            var item = await loop.RaiseAsync(draft);
            return Redirect(I.AdminUrl(item.ContentItemId));
        }
        catch (ContentForbiddenException) { return Forbid(); }
        catch (ContentValidationException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new SupervisionNewModel(draft, await departments.ListAsync(), e.Errors, null, null, await TasksAsync()));
        }
    }

    /// <summary>The current published year's tasks, for the picker: users choose 任务N by its title, never type an id.</summary>
    private async Task<IReadOnlyList<PlanTask>> TasksAsync() =>
        await plans.CurrentYearAsync() is { } year && await plans.GetYearAsync(year) is { } plan
            ? plan.Chapters.OrderBy(c => c.Number).SelectMany(c => c.Tasks.OrderBy(t => t.Number)).ToList()
            : [];

    [HttpGet("items/{id}")]
    public async Task<IActionResult> Detail(string id) =>
        await pages.ItemAsync(this, id, new Dictionary<string, string[]>(), null) ?? NotFound();
}

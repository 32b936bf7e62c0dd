using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Supervision.Models;
using Jingyuan.Cms.Modules.Supervision.Services;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using I = Jingyuan.Cms.Modules.Supervision.Models.SupervisionItemType;
using R = Jingyuan.Cms.Modules.Supervision.Models.InspectionRoundType;

namespace Jingyuan.Cms.Modules.Supervision.Controllers;

/// <summary>督查轮次 of the coordinating office: the list, recording a round, its page with its findings, raising a finding.</summary>
[Route("admin/supervision/rounds")]
[RequirePermission("AccessAdmin")]
public sealed class InspectionRoundsController(InspectionRounds rounds, RaisedItems raised, SupervisionLoop loop,
    IDepartmentStore departments, IPlanStore plans) : Controller
{
    private static readonly Dictionary<string, string[]> NoErrors = [];

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1)
    {
        if (!await loop.IsCoordinatorAsync()) return Forbid();
        var names = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
        return View("~/Views/InspectionRounds/Index.cshtml", new RoundListModel(await rounds.ListAsync(page), names, true));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New()
    {
        if (!await loop.IsCoordinatorAsync()) return Forbid();
        return View("~/Views/InspectionRounds/New.cshtml", new RoundNewModel(new RoundDraft(), await departments.ListAsync(), NoErrors));
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(RoundDraft draft)
    {
        try
        {
            var round = await rounds.RecordAsync(draft);
            return Redirect(R.AdminUrl(round.ContentItemId));
        }
        catch (ContentForbiddenException) { return Forbid(); }
        catch (ContentValidationException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("~/Views/InspectionRounds/New.cshtml", new RoundNewModel(draft, await departments.ListAsync(), e.Errors));
        }
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Detail(string id)
    {
        if (!await loop.IsCoordinatorAsync()) return Forbid();
        if (await rounds.GetAsync(id) is not { } round) return NotFound();
        var units = await departments.ListAsync();
        var inspected = InspectionRounds.UnitIds(round).Select(u => units.FirstOrDefault(d => d.Id == u)).OfType<Department>().ToList();
        return View("~/Views/InspectionRounds/Detail.cshtml", new RoundDetailModel(round, inspected, await raised.OfAsync(id), true));
    }

    /// <summary>The 立项 form for a finding, its lead unit prefilled with the inspected unit asked for (or the first).</summary>
    [HttpGet("{id}/findings/new")]
    public async Task<IActionResult> NewFinding(string id, int? unit)
    {
        if (!await loop.IsCoordinatorAsync()) return Forbid();
        if (await rounds.GetAsync(id) is not { } round) return NotFound();
        var inspected = InspectionRounds.UnitIds(round);
        var draft = new SupervisionDraft
        {
            Source = I.FromRound,
            LeadUnitId = unit is { } asked && inspected.Contains(asked) ? asked : inspected.FirstOrDefault() is var first and > 0 ? first : null,
        };
        return await FindingFormAsync(round, draft, NoErrors);
    }

    [HttpPost("{id}/findings/new")]
    public async Task<IActionResult> NewFinding(string id, SupervisionDraft draft)
    {
        if (await rounds.GetAsync(id) is not { } round) return NotFound();
        try
        {
            var item = await rounds.RaiseFindingAsync(round, draft);
            return Redirect(I.AdminUrl(item.ContentItemId));
        }
        catch (ContentForbiddenException) { return Forbid(); }
        catch (ContentValidationException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await FindingFormAsync(round, draft, e.Errors);
        }
    }

    private async Task<IActionResult> FindingFormAsync(ContentItem round, SupervisionDraft draft, IReadOnlyDictionary<string, string[]> errors) =>
        View("~/Views/Supervision/New.cshtml",
            new SupervisionNewModel(draft, await departments.ListAsync(), errors, round.ContentItemId, round.DisplayText, await PlanTaskChoices.CurrentAsync(plans)));
}

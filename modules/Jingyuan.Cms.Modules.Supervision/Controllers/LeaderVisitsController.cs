using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Supervision.Models;
using Jingyuan.Cms.Modules.Supervision.Services;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using I = Jingyuan.Cms.Modules.Supervision.Models.SupervisionItemType;
using V = Jingyuan.Cms.Modules.Supervision.Models.LeaderVisitType;

namespace Jingyuan.Cms.Modules.Supervision.Controllers;

/// <summary>包抓走访记录: the list by year and site, logging a visit, its page with the items raised, 立项督办 from it.</summary>
[Route("admin/supervision/visits")]
[RequirePermission("AccessAdmin")]
public sealed class LeaderVisitsController(LeaderVisits visits, RaisedItems raised, SupervisionLoop loop,
    IContentAuthorizer authorizer, IDepartmentStore departments, IPlanStore plans, TimeProvider clock) : Controller
{
    private static readonly Dictionary<string, string[]> NoErrors = [];

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, int? site, int page = 1)
    {
        var shown = year ?? await DefaultYearAsync();
        int? scope = await loop.IsCoordinatorAsync() ? null : (await authorizer.DepartmentScopeAsync(User) ?? User.DepartmentId() ?? -1);
        var years = (await plans.ListYearsAsync()).Append(shown).Distinct().OrderDescending().ToList();
        return View("~/Views/LeaderVisits/Index.cshtml", new VisitListModel(shown, site, years, await plans.ListSitesAsync(),
            await visits.ListAsync(shown, site, scope, page), (await visits.LoggableSitesAsync()).Count > 0));
    }

    /// <summary>Choosing the site (and year) reloads the form with that site's leaders of the year, all three levels.</summary>
    [HttpGet("new")]
    public async Task<IActionResult> New(int? year, int? site) =>
        await FormAsync(year ?? await DefaultYearAsync(), new VisitDraft { SiteId = site }, NoErrors);

    [HttpPost("new")]
    public async Task<IActionResult> New(VisitDraft draft)
    {
        try
        {
            var visit = await visits.LogAsync(draft);
            return Redirect(V.AdminUrl(visit.ContentItemId));
        }
        catch (ContentForbiddenException) { return Forbid(); }
        catch (ContentValidationException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await FormAsync(draft.VisitedOn?.Year ?? await DefaultYearAsync(), draft, e.Errors);
        }
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Detail(string id)
    {
        if (await visits.GetAsync(id) is not { } visit) return NotFound();
        var coordinator = await loop.IsCoordinatorAsync();
        if (!coordinator && !await authorizer.CanAsync(User, ContentAction.View, visit)) return Forbid();
        var site = (await plans.ListSitesAsync()).FirstOrDefault(s => s.Id == visit.GetInt(V.SiteId));
        var leader = site?.Leaders.FirstOrDefault(l => l.Year == visit.Year && l.Name.Trim() == visit.GetText(V.Leader));
        return View("~/Views/LeaderVisits/Detail.cshtml", new VisitDetailModel(visit, site, leader, await raised.OfAsync(id), coordinator));
    }

    [HttpGet("{id}/items/new")]
    public async Task<IActionResult> NewItem(string id)
    {
        if (!await loop.IsCoordinatorAsync()) return Forbid();
        if (await visits.GetAsync(id) is not { } visit) return NotFound();
        var draft = new SupervisionDraft { Source = I.FromVisit, Content = visit.GetText(V.Findings) ?? "", LeadUnitId = visit.DepartmentId };
        return await ItemFormAsync(visit, draft, NoErrors);
    }

    [HttpPost("{id}/items/new")]
    public async Task<IActionResult> NewItem(string id, SupervisionDraft draft)
    {
        if (await visits.GetAsync(id) is not { } visit) return NotFound();
        try
        {
            var item = await visits.RaiseAsync(visit, draft);
            return Redirect(I.AdminUrl(item.ContentItemId));
        }
        catch (ContentForbiddenException) { return Forbid(); }
        catch (ContentValidationException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ItemFormAsync(visit, draft, e.Errors);
        }
    }

    private async Task<IActionResult> FormAsync(int year, VisitDraft draft, IReadOnlyDictionary<string, string[]> errors)
    {
        var sites = await visits.LoggableSitesAsync();
        if (sites.Count == 0) return Forbid();
        var chosen = sites.FirstOrDefault(s => s.Id == draft.SiteId);
        var leaders = chosen?.Leaders.Where(l => l.Year == year).OrderBy(l => l.Level).ThenBy(l => l.Id).ToList() ?? [];
        return View("~/Views/LeaderVisits/New.cshtml", new VisitNewModel(year, draft, sites, leaders, errors));
    }

    private async Task<IActionResult> ItemFormAsync(ContentItem visit, SupervisionDraft draft, IReadOnlyDictionary<string, string[]> errors) =>
        View("~/Views/Supervision/New.cshtml", new SupervisionNewModel(draft, await departments.ListAsync(), errors,
            visit.ContentItemId, visit.DisplayText, await PlanTaskChoices.CurrentAsync(plans)));

    private async Task<int> DefaultYearAsync() => await plans.CurrentYearAsync() ?? ChinaTime.Today(clock).Year;
}

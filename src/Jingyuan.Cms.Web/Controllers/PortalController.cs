using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Jingyuan.Cms.Web.Controllers;

/// <summary>
/// The public plan pages: the year overview (also the home page), chapters, tasks, resettlement
/// sites and responsible units. Figures come from <see cref="PlanOverviewService"/> (approved data
/// only); progress reports are read published-only through <see cref="PortalReports"/>.
/// </summary>
public sealed class PortalController(
    PlanOverviewService overviews,
    PortalReports reports,
    IViewComponentSelector components,
    ModuleState modules,
    TargetRecords targetRecords,
    PublicTallyTables tallies) : Controller
{
    public const int LatestReportCount = 8;
    public const string NoticesComponent = "LatestNotices";

    [HttpGet("/")]
    public async Task<IActionResult> Home()
    {
        if (await overviews.CurrentYearAsync() is not { } year)
        {
            ViewData["ShowNotices"] = NoticesAvailable();
            return View("NoPlan");
        }
        return await OverviewAsync(year, isHome: true);
    }

    [HttpGet("/plan/{year:int}")]
    public Task<IActionResult> Year(int year) => OverviewAsync(year, isHome: false);

    [HttpGet("/plan/{year:int}/chapters/{number:int}")]
    public async Task<IActionResult> Chapter(int year, int number)
    {
        if (await overviews.GetAsync(year) is not { } overview) return NotFound();
        if (overview.FindChapter(number) is not { } chapter) return NotFound();
        return View(new ChapterPageModel
        {
            Overview = overview, Years = await YearsAsync(year, PlanUrls.Year), Chapter = chapter,
            Tallies = await tallies.ForChapterAsync(overview.Plan, chapter.Chapter),
        });
    }

    [HttpGet("/plan/{year:int}/tasks/{number:int}")]
    public async Task<IActionResult> Task(int year, int number, int page = 1)
    {
        if (await overviews.GetAsync(year) is not { } overview) return NotFound();
        if (overview.FindTask(number) is not { } task) return NotFound();
        var history = await reports.ForTaskAsync(year, task.Task.Id, page);
        var rows = new PagedResult<ReportRow>(history.Items.Select(r => Row(overview, r)).ToList(), history.Total, history.Page, history.PageSize);
        var sites = await overviews.SitesAsync();
        return View(new TaskPageModel
        {
            Overview = overview, Years = await YearsAsync(year, PlanUrls.Year), Task = task, Reports = rows,
            SiteIds = SiteIds(sites),
            RecordLists = await targetRecords.ListableAsync(task.Targets.Select(p => p.Target)),
        });
    }

    [HttpGet("/plan/{year:int}/sites")]
    public async Task<IActionResult> Sites(int year)
    {
        if (await overviews.GetAsync(year) is not { } overview) return NotFound();
        var sites = await overviews.SitesAsync();
        var tasks = overview.Tasks.ToList();
        var rows = sites.Select(s => new SiteRow(
            s,
            s.Leaders.Where(l => l.Year == year).ToList(),
            tasks.Where(t => t.Task.Places.Any(p => Names(s, p))).ToList())).ToList();
        return View(new SitesPageModel { Overview = overview, Years = await YearsAsync(year, PlanUrls.Sites), Sites = rows });
    }

    [HttpGet("/plan/{year:int}/departments")]
    public async Task<IActionResult> Departments(int year)
    {
        if (await overviews.GetAsync(year) is not { } overview) return NotFound();
        var rows = overview.Departments.Values
            .OrderBy(d => d.Kind).ThenBy(d => d.SortOrder).ThenBy(d => d.Id)
            .Select(d => DepartmentRowOf(overview, d.Id))
            .Where(r => r.Leads.Count + r.Responsible.Count > 0)
            .ToList();
        return View(new DepartmentsPageModel { Overview = overview, Years = await YearsAsync(year, PortalUrls.Departments), Rows = rows });
    }

    [HttpGet("/plan/{year:int}/departments/{id:int}")]
    public async Task<IActionResult> Department(int year, int id)
    {
        if (await overviews.GetAsync(year) is not { } overview) return NotFound();
        if (!overview.Departments.ContainsKey(id)) return NotFound();
        return View(new DepartmentPageModel
        {
            Overview = overview, Years = await YearsAsync(year, y => PlanUrls.Department(y, id)), Row = DepartmentRowOf(overview, id),
        });
    }

    [HttpGet("/plan/{year:int}/downloads")]
    public async Task<IActionResult> Downloads(int year)
    {
        if (await overviews.GetAsync(year) is not { } overview) return NotFound();
        return View(new DownloadsPageModel { Overview = overview, Years = await YearsAsync(year, PortalUrls.Downloads) });
    }

    private async Task<IActionResult> OverviewAsync(int year, bool isHome)
    {
        if (await overviews.GetAsync(year) is not { } overview) return NotFound();
        var latest = await reports.LatestAsync(year, LatestReportCount);
        return View("Overview", new OverviewPageModel
        {
            Overview = overview,
            Years = await YearsAsync(year, PlanUrls.Year),
            LatestReports = latest.Select(r => Row(overview, r)).ToList(),
            ShowNotices = NoticesAvailable(),
            IsHome = isHome,
        });
    }

    /// <summary>The notices module may be absent or disabled: the home page then simply has no notices box.</summary>
    private bool NoticesAvailable() =>
        components.SelectComponent(NoticesComponent) is { } descriptor && modules.IsActive(descriptor.TypeInfo.AsType());

    private async Task<YearSwitcherModel> YearsAsync(int year, Func<int, string> urlFor) =>
        new(await overviews.YearsAsync(), year, urlFor);

    private static ReportRow Row(PlanOverview overview, PublicReport report)
    {
        var target = report.TargetId is { } targetId ? overview.FindTarget(targetId) : null;
        var task = report.TaskId is { } taskId ? overview.FindTaskById(taskId) : null;
        if (task is null && target?.Target.TaskId is { } ownerId) task = overview.FindTaskById(ownerId);
        var unit = report.DepartmentId is { } d ? overview.DepartmentName(d) : "";
        return new ReportRow(report, task, target, unit);
    }

    private static DepartmentRow DepartmentRowOf(PlanOverview overview, int id) => new(
        overview.Departments[id],
        overview.Tasks.Where(t => t.Task.LeadUnitIds.Contains(id)).ToList(),
        overview.Tasks.Where(t => t.Task.ResponsibleUnitIds.Contains(id) && !t.Task.LeadUnitIds.Contains(id)).ToList());

    private static Dictionary<string, int> SiteIds(IReadOnlyList<ResettlementSite> sites)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var site in sites)
        {
            ids.TryAdd(site.Name, site.Id);
            if (site.Village.Length > 0) ids.TryAdd(site.Village, site.Id);
        }
        return ids;
    }

    /// <summary>A place named in a task's text denotes the site by its name or village.</summary>
    private static bool Names(ResettlementSite site, string place) =>
        string.Equals(place, site.Name, StringComparison.Ordinal)
        || (site.Village.Length > 0 && string.Equals(place, site.Village, StringComparison.Ordinal));
}

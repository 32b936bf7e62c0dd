using Jingyuan.Cms.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Web.Controllers;

/// <summary>
/// Open data of a plan year: the task and responsibility lists as Excel (laid out like the plan's
/// attachments 3 and 4), CSV and JSON. Plan text and approved figures only; never personal data.
/// </summary>
public sealed class PortalDownloadsController(PlanOverviewService overviews, PortalExports exports) : Controller
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("/plan/{year:int}/download.xlsx")]
    public async Task<IActionResult> Workbook(int year)
    {
        if (await overviews.GetAsync(year) is not { } overview) return NotFound();
        return File(exports.Workbook(overview), XlsxType, $"泾源县移民致富提升行动{year}年任务清单.xlsx");
    }

    [HttpGet("/plan/{year:int}/data.csv")]
    public async Task<IActionResult> Csv(int year)
    {
        if (await overviews.GetAsync(year) is not { } overview) return NotFound();
        return File(exports.Csv(overview), "text/csv; charset=utf-8", $"jingyuan-plan-{year}.csv");
    }

    [HttpGet("/plan/{year:int}/data.json")]
    public async Task<IActionResult> Json(int year)
    {
        if (await overviews.GetAsync(year) is not { } overview) return NotFound();
        return File(exports.Json(overview), "application/json; charset=utf-8");
    }
}

using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Freshness;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>The columns with the names of their responsible units.</summary>
public sealed record ColumnFreshnessViewModel(IReadOnlyList<ColumnFreshness> Columns, IReadOnlyDictionary<int, string> UnitNames);

/// <summary>栏目更新监测: every public column with its last update, threshold, days left and state. Read only.</summary>
[Area("Admin")]
[Route("admin/columns")]
[RequirePermission("ViewColumnFreshness")]
public sealed class ColumnFreshnessController(IColumnFreshnessMonitor monitor, IDepartmentStore departments) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var columns = await monitor.ListAsync(HttpContext.RequestAborted);
        var names = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
        return View(new ColumnFreshnessViewModel(columns, names));
    }
}

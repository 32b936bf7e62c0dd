using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

[Area("Admin")]
[RequirePermission("AccessAdmin")]
public sealed class DashboardController(IEnumerable<IDashboardWidgetProvider> providers) : Controller
{
    [HttpGet("admin")]
    public async Task<IActionResult> Index()
    {
        var widgets = new List<DashboardWidget>();
        foreach (var provider in providers)
        {
            widgets.AddRange(await provider.GetWidgetsAsync(User));
        }
        // A 部门编辑 without a unit can write nothing: say so instead of leaving empty pages.
        ViewData["NoDepartment"] = User.IsInRole(BuiltInRoles.DepartmentEditor) && User.DepartmentId() is null;
        return View(widgets.OrderBy(w => w.Position).ToList());
    }
}

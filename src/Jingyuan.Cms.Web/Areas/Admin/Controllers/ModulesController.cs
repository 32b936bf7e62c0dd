using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>The installed modules and switches to enable or disable them.</summary>
[Area("Admin")]
[Route("admin/modules")]
[RequirePermission("ManageModules")]
public sealed class ModulesController(ModuleState state, ModuleManager manager, IStringLocalizer<ModulesController> T) : Controller
{
    [HttpGet("")]
    public IActionResult Index()
    {
        var names = state.AllModules.ToDictionary(m => m.Id, m => m.Name, StringComparer.OrdinalIgnoreCase);
        var rows = state.AllModules
            .OrderBy(m => m.Category, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new ModuleRow(m.Id, m.Name, m.Category, m.Version, m.Description,
                m.Dependencies.Select(d => names.GetValueOrDefault(d) ?? d).ToList(), state.IsEnabled(m.Id), m.AlwaysEnabled))
            .ToList();
        return View(rows);
    }

    [HttpPost("{id}/enable")]
    public Task<IActionResult> Enable(string id) =>
        ChangeAsync(() => manager.EnableAsync(id), T["已启用模块 {0}", NameOf(id)]);

    [HttpPost("{id}/disable")]
    public Task<IActionResult> Disable(string id) =>
        ChangeAsync(() => manager.DisableAsync(id), T["已停用模块 {0}", NameOf(id)]);

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string done)
    {
        try
        {
            await change();
            TempData["Message"] = done;
        }
        catch (InvalidOperationException ex)
        {
            // The manager's refusals (missing dependency, core module ...) are already worded for administrators.
            TempData["Error"] = ex.Message;
        }
        return Redirect("/admin/modules");
    }

    private string NameOf(string id) => state.Find(id)?.Name ?? id;
}

using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>
/// Per-department rights on chapter record types (<see cref="RecordTypePermissions"/>): the plan's
/// defaults, adjusted by checkbox. Permission-checked and audited like role permissions.
/// </summary>
[Area("Admin")]
[Route("admin/record-permissions")]
[RequirePermission("ManageRoles")]
public sealed class DepartmentGrantsController(
    CmsDbContext db,
    RecordTypeGrants grants,
    IDepartmentStore departments,
    IContentDefinitionManager definitions,
    IAuditTrail audit,
    TimeProvider clock,
    IStringLocalizer<DepartmentGrantsController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? department) => View(await MatrixAsync(department));

    [HttpPost("")]
    public async Task<IActionResult> Index(int department, string[] grant)
    {
        if (await departments.GetAsync(department) is not { } unit) return NotFound();
        var wanted = grant.ToHashSet();
        var cells = (await grants.GovernedTypesAsync()).Keys
            .SelectMany(type => RecordTypePermissions.AllActions.Select(a => (department, type, a, wanted.Contains(Cell(type, a)))))
            .ToList();
        await db.InTransactionAsync(async () =>
        {
            var changes = await grants.SetAsync(cells, User.Identity?.Name ?? "", clock.GetUtcNow().UtcDateTime);
            if (changes.Count > 0)
                await audit.RecordAsync(new AuditEntry(AuditEvents.PermissionChanged, T["修改单位 {0} 的记录类型权限", unit.Name],
                    DepartmentId: unit.Id, Diff: string.Join('\n', changes)));
            return true;
        });
        TempData["Message"] = T["已保存 {0} 的记录类型权限", unit.Name].Value;
        return Redirect($"/admin/record-permissions?department={unit.Id}");
    }

    public static string Cell(string type, RecordTypeAction action) => $"{type}|{action}";

    private async Task<DepartmentGrantsViewModel> MatrixAsync(int? department)
    {
        var units = await departments.ListAsync();
        var selected = units.FirstOrDefault(u => u.Id == department) ?? units.FirstOrDefault();
        var names = (await definitions.ListTypesAsync()).ToDictionary(t => t.Name, t => t.DisplayName);
        var rows = new List<DepartmentGrantRow>();
        foreach (var (type, chapter) in await grants.GovernedTypesAsync())
        {
            var cells = new List<DepartmentGrantCell>();
            foreach (var action in RecordTypePermissions.AllActions)
            {
                var granted = selected is not null && await grants.DepartmentMayAsync(selected.Id, type, action);
                var byDefault = selected is not null && await grants.IsDefaultAsync(selected.Id, type, action);
                cells.Add(new DepartmentGrantCell(Cell(type, action), action, granted, byDefault));
            }
            rows.Add(new DepartmentGrantRow(chapter.Title, names.GetValueOrDefault(type, type), cells));
        }
        return new DepartmentGrantsViewModel(units, selected, rows);
    }
}

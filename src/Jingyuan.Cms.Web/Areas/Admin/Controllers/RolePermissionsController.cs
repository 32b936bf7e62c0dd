using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Controllers.Support;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>The permission matrix of one role: checkboxes grouped by category.</summary>
[Area("Admin")]
[Route("admin/roles/{id}/permissions")]
[RequirePermission("ManageRoles")]
public sealed class RolePermissionsController(
    CmsDbContext db,
    RoleManager<CmsRole> roles,
    PermissionGrants grants,
    IAuditTrail audit,
    IStringLocalizer<RolePermissionsController> T) : Controller
{
    /// <summary>Without these the security administrators could lock everyone out of roles and accounts.</summary>
    private static readonly Permission[] SecurityAdministratorKeeps =
        [StandardPermissions.AccessAdmin, StandardPermissions.ManageRoles, StandardPermissions.ManageUsers];

    [HttpGet("")]
    public async Task<IActionResult> Index(string id)
    {
        if (await roles.FindByIdAsync(id) is not { } role) return NotFound();
        return View(Matrix(role, await grants.PermissionsOfRoleAsync(role.Name!)));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(string id, string[] permissions)
    {
        if (await roles.FindByIdAsync(id) is not { } role) return NotFound();
        var available = grants.AvailablePermissions();
        var shown = available.Select(p => p.Name).ToHashSet();
        var current = await grants.PermissionsOfRoleAsync(role.Name!);
        // Permissions of disabled modules are not on the page; their grants stay as they are.
        var wanted = permissions.Where(shown.Contains).Concat(current.Where(p => !shown.Contains(p))).ToHashSet();

        var missing = role.Name == BuiltInRoles.SecurityAdministrator
            ? SecurityAdministratorKeeps.Where(p => !wanted.Contains(p.Name)).ToList() : [];
        if (missing.Count > 0)
        {
            ModelState.AddModelError("", T["安全管理员角色必须保留以下权限：{0}", string.Join("、", missing.Select(p => T[p.Description].Value))]);
            return View(Matrix(role, wanted));
        }
        // Also enforced by PermissionGrants; checked here to answer with the form rather than an error page.
        if (!wanted.IsSubsetOf(current) && await grants.DutyConflictAsync(role.Id, wanted) is { } conflict)
        {
            ModelState.AddModelError("", T[conflict]);
            return View(Matrix(role, wanted));
        }

        var descriptions = available.ToDictionary(p => p.Name, p => p.Description);
        var before = Describe(current, descriptions);
        var after = Describe(wanted, descriptions);
        if (before != after)
        {
            await db.TryInTransactionAsync(async () =>
            {
                await grants.SetRolePermissionsAsync(role.Id, wanted);
                await audit.RecordAsync(new AuditEntry(AuditEvents.PermissionChanged, T["修改角色 {0} 的权限", role.Name!],
                    Diff: TextDiff.Describe(before, after)));
                return true;
            });
        }
        TempData["Message"] = T["已保存角色 {0} 的权限", role.Name!].Value;
        return Redirect($"/admin/roles/{role.Id}/permissions");
    }

    private RolePermissionsViewModel Matrix(CmsRole role, IEnumerable<string> granted)
    {
        var groups = grants.AvailablePermissions()
            .GroupBy(p => string.IsNullOrWhiteSpace(p.Category) ? "其他" : p.Category)
            .Select(g => new PermissionGroup(g.Key, g.ToList()))
            .ToList();
        return new RolePermissionsViewModel { RoleId = role.Id, RoleName = role.Name!, Groups = groups, Granted = granted.ToHashSet() };
    }

    /// <summary>One granted permission per line, sorted, so the audit diff lists exactly what was added or removed.</summary>
    private string Describe(IEnumerable<string> names, Dictionary<string, string> descriptions) =>
        string.Join('\n', names.Order(StringComparer.Ordinal)
            .Select(n => descriptions.TryGetValue(n, out var d) ? $"{n}（{T[d]}）" : n));
}

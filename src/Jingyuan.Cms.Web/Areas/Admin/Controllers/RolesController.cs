using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Controllers.Support;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>Roles: list, create, rename, delete. The permission matrix is in <see cref="RolePermissionsController"/>.</summary>
[Area("Admin")]
[Route("admin/roles")]
[RequirePermission("ManageRoles")]
public sealed class RolesController(
    CmsDbContext db,
    RoleManager<CmsRole> roles,
    PermissionGrants grants,
    IAuditTrail audit,
    IStringLocalizer<RolesController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        // A county site has a handful of roles: one page, counted in SQL.
        var rows = await db.Roles.AsNoTracking()
            .Select(r => new { r.Id, r.Name, r.Description, Users = db.UserRoles.Count(ur => ur.RoleId == r.Id) })
            .ToListAsync();
        return View(rows.Select(r => new RoleRow(r.Id, r.Name!, r.Description, r.Users, BuiltInRoles.All.Contains(r.Name!)))
            .OrderBy(r => !r.BuiltIn).ThenBy(r => r.Name, StringComparer.Ordinal).ToList());
    }

    [HttpGet("create")]
    public IActionResult Create() => View(new RoleInput());

    [HttpPost("create")]
    public async Task<IActionResult> Create(RoleInput input)
    {
        if (!ModelState.IsValid) return View(input);
        var role = new CmsRole(input.Name.Trim()) { Description = input.Description?.Trim() ?? "" };
        IdentityResult? failure = null;
        var saved = await db.TryInTransactionAsync(async () =>
        {
            var result = await roles.CreateAsync(role);
            if (!result.Succeeded)
            {
                failure = result;
                return false;
            }
            await audit.RecordAsync(new AuditEntry(AuditEvents.RoleChanged, T["新建角色 {0}", role.Name!],
                Diff: TextDiff.Describe(null, Describe(role))));
            return true;
        });
        if (!saved)
        {
            ModelState.AddIdentityErrors(failure!);
            return View(input);
        }
        TempData["Message"] = T["已创建角色 {0}，请为它设置权限。", role.Name!].Value;
        return Redirect($"/admin/roles/{role.Id}/permissions");
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        if (await roles.FindByIdAsync(id) is not { } role) return NotFound();
        ViewData["RoleId"] = role.Id;
        return View(new RoleInput { Name = role.Name!, Description = role.Description, BuiltIn = BuiltInRoles.All.Contains(role.Name!) });
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, RoleInput input)
    {
        if (await roles.FindByIdAsync(id) is not { } role) return NotFound();
        ViewData["RoleId"] = role.Id;
        var oldName = role.Name!;
        input.BuiltIn = BuiltInRoles.All.Contains(oldName);
        if (input.BuiltIn && input.Name.Trim() != oldName)
            ModelState.AddModelError(nameof(input.Name), T["内置角色不能改名，系统按名称识别它。"]);
        if (!ModelState.IsValid) return View(input);

        var before = Describe(role);
        IdentityResult? failure = null;
        var saved = await db.TryInTransactionAsync(async () =>
        {
            var granted = await grants.PermissionsOfRoleAsync(oldName);
            role.Name = input.Name.Trim();
            role.Description = input.Description?.Trim() ?? "";
            var result = await roles.UpdateAsync(role);
            if (!result.Succeeded)
            {
                failure = result;
                return false;
            }
            // Grants are cached by role name: rewriting them drops the cache so the new name holds them at once.
            if (role.Name != oldName) await grants.SetRolePermissionsAsync(role.Id, granted);
            var after = Describe(role);
            if (after != before)
            {
                await audit.RecordAsync(new AuditEntry(AuditEvents.RoleChanged, T["修改角色 {0}", role.Name],
                    Diff: TextDiff.Describe(before, after)));
            }
            return true;
        });
        if (!saved)
        {
            ModelState.AddIdentityErrors(failure!);
            return View(input);
        }
        TempData["Message"] = T["已保存角色 {0}", role.Name!].Value;
        return Redirect("/admin/roles");
    }

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id)
    {
        if (await roles.FindByIdAsync(id) is not { } role) return NotFound();
        if (BuiltInRoles.All.Contains(role.Name!))
        {
            TempData["Error"] = T["内置角色“{0}”不能删除。", role.Name!].Value;
            return Redirect("/admin/roles");
        }
        var members = await db.UserRoles.CountAsync(ur => ur.RoleId == role.Id);
        if (members > 0)
        {
            // Deleting would silently take rights away from these users; make the administrator decide for each.
            TempData["Error"] = T["角色“{0}”仍有 {1} 个用户，请先在用户管理中调整他们的角色，再删除。", role.Name!, members].Value;
            return Redirect("/admin/roles");
        }
        var granted = await grants.PermissionsOfRoleAsync(role.Name!);
        var before = Describe(role) + "\n" + string.Join('\n', granted.Order(StringComparer.Ordinal).Select(p => T["权限：{0}", p].Value));
        var saved = await db.TryInTransactionAsync(async () =>
        {
            await grants.SetRolePermissionsAsync(role.Id, []);
            if (!(await roles.DeleteAsync(role)).Succeeded) return false;
            await audit.RecordAsync(new AuditEntry(AuditEvents.RoleChanged, T["删除角色 {0}", role.Name!],
                Diff: TextDiff.Describe(before, null)));
            return true;
        });
        if (saved) TempData["Message"] = T["已删除角色 {0}", role.Name!].Value;
        else TempData["Error"] = T["未能删除角色 {0}，请重试。", role.Name!].Value;
        return Redirect("/admin/roles");
    }

    private string Describe(CmsRole role) =>
        string.Join('\n', T["角色名称：{0}", role.Name ?? ""], T["说明：{0}", role.Description]);
}

using System.Globalization;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Controllers.Support;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>User accounts: list, create, edit. Password reset and unlock are in <see cref="UserSecurityController"/>.</summary>
[Area("Admin")]
[Route("admin/users")]
[RequirePermission("ManageUsers")]
public sealed class UsersController(
    CmsDbContext db,
    UserManager<CmsUser> users,
    SignInManager<CmsUser> signIn,
    UserSessions sessions,
    IDepartmentStore departments,
    IAuditTrail audit,
    PermissionGrants grants,
    IStringLocalizer<UsersController> T) : Controller
{
    private const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(int? department, string? role, int page = 1)
    {
        var query = db.Users.AsNoTracking();
        if (department is { } dept) query = query.Where(u => u.DepartmentId == dept);
        if (!string.IsNullOrWhiteSpace(role))
        {
            var roleIds = db.Roles.Where(r => r.Name == role).Select(r => r.Id);
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
        }
        page = Math.Max(1, page);
        var total = await query.CountAsync();
        var rows = await query.OrderBy(u => u.UserName).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.DepartmentId, u.Disabled, u.LockoutEnd })
            .ToListAsync();
        var ids = rows.Select(r => r.Id).ToList();
        var roleRows = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync();
        var allDepartments = await departments.ListAsync();
        var names = allDepartments.ToDictionary(d => d.Id, d => d.Name);
        var now = DateTimeOffset.UtcNow;
        var items = rows.Select(r => new UserRow(r.Id, r.UserName ?? "", r.DisplayName,
            r.DepartmentId is { } d ? names.GetValueOrDefault(d) : null,
            roleRows.Where(x => x.UserId == r.Id).Select(x => x.Name!).Order(StringComparer.Ordinal).ToList(),
            r.Disabled, r.LockoutEnd > now)).ToList();
        var result = new PagedResult<UserRow>(items, total, page, PageSize);
        return View(new UserListViewModel
        {
            Department = department, Role = role, Users = result, Departments = allDepartments,
            Roles = await RoleNamesAsync(),
            Pager = new ListPager(page, result.PageCount, total, "/admin/users",
                new Dictionary<string, string?> { ["department"] = department?.ToString(CultureInfo.InvariantCulture), ["role"] = role }),
        });
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create() => View(await WithOptionsAsync(new UserCreateInput()));

    [HttpPost("create")]
    public async Task<IActionResult> Create(UserCreateInput input)
    {
        await CheckChoicesAsync(input);
        if (!ModelState.IsValid) return View(await WithOptionsAsync(input));

        // The administrator chose the password: the user replaces it at the first sign-in.
        var user = new CmsUser
        {
            UserName = input.UserName.Trim(), DisplayName = input.DisplayName.Trim(), DepartmentId = input.DepartmentId,
            MustChangePassword = true,
        };
        var roles = input.Roles.Distinct().ToList();
        IdentityResult? failure = null;
        var saved = await db.TryInTransactionAsync(async () =>
        {
            // CreateAsync runs the user name and password validators before it writes anything.
            var result = await users.CreateAsync(user, input.Password);
            if (result.Succeeded && roles.Count > 0) result = await users.AddToRolesAsync(user, roles);
            if (!result.Succeeded)
            {
                failure = result;
                return false;
            }
            await audit.RecordAsync(new AuditEntry(AuditEvents.UserChanged, T["新建用户 {0}", user.UserName!],
                DepartmentId: user.DepartmentId, Diff: TextDiff.Describe(null, await DescribeAsync(user, roles))));
            return true;
        });
        if (!saved)
        {
            ModelState.AddIdentityErrors(failure!);
            return View(await WithOptionsAsync(input));
        }
        TempData["Message"] = T["已创建用户 {0}", user.UserName!].Value;
        return Redirect("/admin/users");
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        var input = new UserEditInput
        {
            DisplayName = user.DisplayName, DepartmentId = user.DepartmentId, Disabled = user.Disabled,
            Roles = [.. await users.GetRolesAsync(user)],
        };
        return View(await WithOptionsAsync(input, user));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, UserEditInput input)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        await CheckChoicesAsync(input);
        var oldRoles = (await users.GetRolesAsync(user)).ToList();
        var newRoles = input.Roles.Distinct().ToList();
        if (await LeavesNoHolderAsync(BuiltInRoles.Administrator, user, oldRoles, newRoles, input.Disabled))
            ModelState.AddModelError(nameof(input.Roles), T["至少要保留一个未停用的系统管理员账号。"]);
        if (await LeavesNoHolderAsync(BuiltInRoles.SecurityAdministrator, user, oldRoles, newRoles, input.Disabled))
            ModelState.AddModelError(nameof(input.Roles), T["至少要保留一个未停用的安全管理员账号。"]);
        if (!ModelState.IsValid) return View(await WithOptionsAsync(input, user));

        var before = await DescribeAsync(user, oldRoles);
        // Roles, department and the disabled flag are in the user's sign-in cookie (or decide whether it may exist).
        var signInChanged = user.DepartmentId != input.DepartmentId || user.Disabled != input.Disabled
            || !oldRoles.ToHashSet().SetEquals(newRoles);
        IdentityResult? failure = null;
        var saved = await db.TryInTransactionAsync(async () =>
        {
            user.DisplayName = input.DisplayName.Trim();
            user.DepartmentId = input.DepartmentId;
            user.Disabled = input.Disabled;
            var result = await users.UpdateAsync(user);
            if (result.Succeeded && oldRoles.Except(newRoles).Any()) result = await users.RemoveFromRolesAsync(user, oldRoles.Except(newRoles));
            if (result.Succeeded && newRoles.Except(oldRoles).Any()) result = await users.AddToRolesAsync(user, newRoles.Except(oldRoles));
            // A new stamp makes the stamp validator drop the old cookie within a minute, so stale roles stop working.
            if (result.Succeeded && signInChanged) result = await users.UpdateSecurityStampAsync(user);
            // A disabled account's sessions end now, not at the next stamp check.
            if (result.Succeeded && user.Disabled) await sessions.EndAllAsync(user.Id);
            if (!result.Succeeded)
            {
                failure = result;
                return false;
            }
            var after = await DescribeAsync(user, newRoles);
            if (after != before)
            {
                await audit.RecordAsync(new AuditEntry(AuditEvents.UserChanged, T["修改用户 {0}", user.UserName!],
                    DepartmentId: user.DepartmentId, Diff: TextDiff.Describe(before, after)));
            }
            return true;
        });
        if (!saved)
        {
            ModelState.AddIdentityErrors(failure!);
            return View(await WithOptionsAsync(input, await users.FindByIdAsync(id)));
        }
        // Editing oneself: re-issue the cookie now rather than be signed out by the stamp check.
        if (signInChanged && user.Id == users.GetUserId(User) && !user.Disabled) await signIn.RefreshSignInAsync(user);
        TempData["Message"] = T["已保存用户 {0}", user.UserName!].Value;
        return Redirect("/admin/users");
    }

    private async Task CheckChoicesAsync(UserFormModel input)
    {
        if (input.DepartmentId is { } dept && await departments.GetAsync(dept) is null)
            ModelState.AddModelError(nameof(input.DepartmentId), T["所选部门不存在"]);
        // A department editor writes for a unit; without one they could do nothing and would not know why.
        if (input.DepartmentId is null && input.Roles.Contains(BuiltInRoles.DepartmentEditor))
            ModelState.AddModelError(nameof(input.DepartmentId), T["部门编辑必须选择所属部门"]);
        var known = await RoleNamesAsync();
        var unknown = input.Roles.Where(r => !known.Contains(r)).ToList();
        if (unknown.Count > 0) ModelState.AddModelError(nameof(input.Roles), T["角色不存在：{0}", string.Join("、", unknown)]);
        else if (await grants.DutyConflictOfRolesAsync(input.Roles) is { } conflict) ModelState.AddModelError(nameof(input.Roles), T[conflict]);
    }

    private async Task<bool> LeavesNoHolderAsync(string role, CmsUser user, List<string> oldRoles, List<string> newRoles, bool disabled)
    {
        var wasAdmin = !user.Disabled && oldRoles.Contains(role);
        var staysAdmin = !disabled && newRoles.Contains(role);
        if (!wasAdmin || staysAdmin) return false;
        var admins = await users.GetUsersInRoleAsync(role);
        return !admins.Any(a => a.Id != user.Id && !a.Disabled);
    }

    private async Task<T> WithOptionsAsync<T>(T input, CmsUser? user = null) where T : UserFormModel
    {
        input.DepartmentOptions = await departments.ListAsync();
        input.RoleOptions = await RoleNamesAsync();
        if (input is UserEditInput edit && user is not null)
        {
            edit.UserName = user.UserName ?? "";
            edit.LockedOut = user.LockoutEnd > DateTimeOffset.UtcNow;
            ViewData["UserId"] = user.Id;
        }
        return input;
    }

    private async Task<List<string>> RoleNamesAsync() =>
        (await db.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync()).Order(StringComparer.Ordinal).ToList();

    /// <summary>The user as the audit trail shows it, one line per attribute, so the diff reads as "- 部门：A / + 部门：B".</summary>
    private async Task<string> DescribeAsync(CmsUser user, IEnumerable<string> roles)
    {
        var department = user.DepartmentId is { } id ? (await departments.GetAsync(id))?.Name : null;
        var roleList = roles.Order(StringComparer.Ordinal).ToList();
        return string.Join('\n',
            T["用户名：{0}", user.UserName ?? ""],
            T["显示名称：{0}", user.DisplayName],
            T["部门：{0}", department ?? T["无"]],
            T["角色：{0}", roleList.Count > 0 ? string.Join("、", roleList) : T["无"]],
            T["状态：{0}", user.Disabled ? T["已停用"] : T["正常"]]);
    }
}

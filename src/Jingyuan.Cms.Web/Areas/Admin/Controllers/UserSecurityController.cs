using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Controllers.Support;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>An administrator resets a user's password or lifts a lockout.</summary>
[Area("Admin")]
[Route("admin/users")]
[RequirePermission("ManageUsers")]
public sealed class UserSecurityController(
    CmsDbContext db,
    UserManager<CmsUser> users,
    IAuditTrail audit,
    IStringLocalizer<UserSecurityController> T) : Controller
{
    [HttpGet("{id}/password")]
    public async Task<IActionResult> Password(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        ViewData["UserId"] = user.Id;
        return View(new UserPasswordInput { UserName = user.UserName ?? "" });
    }

    [HttpPost("{id}/password")]
    public async Task<IActionResult> Password(string id, UserPasswordInput input)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        ViewData["UserId"] = user.Id;
        input.UserName = user.UserName ?? "";
        if (!ModelState.IsValid) return View(input);

        IdentityResult? failure = null;
        var saved = await db.TryInTransactionAsync(async () =>
        {
            // ResetPasswordAsync validates the password first and renews the security stamp, ending other sessions.
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, input.Password);
            if (!result.Succeeded)
            {
                failure = result;
                return false;
            }
            await audit.RecordAsync(new AuditEntry(AuditEvents.UserChanged, T["重置用户 {0} 的密码", user.UserName!],
                DepartmentId: user.DepartmentId));
            return true;
        });
        if (!saved)
        {
            ModelState.AddIdentityErrors(failure!);
            return View(input);
        }
        TempData["Message"] = T["已重置用户 {0} 的密码", user.UserName!].Value;
        return Redirect($"/admin/users/{user.Id}/edit");
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        var saved = await db.TryInTransactionAsync(async () =>
        {
            var result = await users.SetLockoutEndDateAsync(user, null);
            if (result.Succeeded) result = await users.ResetAccessFailedCountAsync(user);
            if (!result.Succeeded) return false;
            await audit.RecordAsync(new AuditEntry(AuditEvents.UserChanged, T["解除用户 {0} 的锁定", user.UserName!],
                DepartmentId: user.DepartmentId));
            return true;
        });
        if (saved) TempData["Message"] = T["已解除用户 {0} 的锁定", user.UserName!].Value;
        else TempData["Error"] = T["未能解除用户 {0} 的锁定，请重试", user.UserName!].Value;
        return Redirect($"/admin/users/{user.Id}/edit");
    }
}

using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Controllers.Support;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>An administrator resets a user's password, lifts a lockout, or lists and ends the user's sessions.</summary>
[Area("Admin")]
[Route("admin/users")]
[RequirePermission("ManageUsers")]
public sealed class UserSecurityController(
    CmsDbContext db,
    UserManager<CmsUser> users,
    UserSessions sessions,
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
            // Someone else now knows it: the user chooses their own at the next sign-in.
            if (result.Succeeded)
            {
                user.MustChangePassword = true;
                result = await users.UpdateAsync(user);
            }
            if (!result.Succeeded)
            {
                failure = result;
                return false;
            }
            await sessions.EndAllAsync(user.Id);
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

    [HttpGet("{id}/sessions")]
    public async Task<IActionResult> Sessions(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        return View("~/Areas/Admin/Views/Shared/_Sessions.cshtml", new SessionListModel
        {
            UserId = user.Id, UserName = user.UserName ?? "", ActionBase = $"/admin/users/{user.Id}/sessions",
            Sessions = await sessions.ListAsync(user.Id),
        });
    }

    [HttpPost("{id}/sessions/{sessionId}/end")]
    public async Task<IActionResult> EndSession(string id, string sessionId)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        // Takes effect on the user's next request: the ticket is gone from the store.
        if (await sessions.EndAsync(user.Id, sessionId))
        {
            await audit.RecordAsync(new AuditEntry(AuditEvents.SessionEnded, T["结束用户 {0} 的一个登录会话", user.UserName!],
                DepartmentId: user.DepartmentId));
            TempData["Message"] = T["已结束用户 {0} 的一个登录会话", user.UserName!].Value;
        }
        return Redirect($"/admin/users/{user.Id}/sessions");
    }
}

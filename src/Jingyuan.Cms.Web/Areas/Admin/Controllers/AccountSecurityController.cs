using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Controllers.Support;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>The signed-in user's own account: password, authenticator (two factors) and sessions.</summary>
[Area("Admin")]
[Route("admin/account")]
[Authorize]
public sealed class AccountSecurityController(
    UserManager<CmsUser> users,
    SignInManager<CmsUser> signIn,
    UserSessions sessions,
    IAuditTrail audit,
    IOptionsMonitor<SecurityOptions> security,
    IStringLocalizer<AccountSecurityController> T) : Controller
{
    private const int RecoveryCodeCount = 10;

    [HttpGet("password")]
    public IActionResult Password() => View(new ChangePasswordInput());

    [HttpPost("password")]
    public async Task<IActionResult> Password(ChangePasswordInput input)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (ModelState.IsValid && input.NewPassword == input.CurrentPassword)
            ModelState.AddModelError(nameof(input.NewPassword), T["新密码不能与当前密码相同"]);
        if (ModelState.IsValid && !await users.CheckPasswordAsync(user, input.CurrentPassword))
            ModelState.AddModelError(nameof(input.CurrentPassword), T["当前密码不正确"]);
        if (!ModelState.IsValid) return View(input);

        // Validators run first (length, classes, common passwords, the user name); the stamp is renewed.
        var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (result.Succeeded && user.MustChangePassword)
        {
            user.MustChangePassword = false;
            result = await users.UpdateAsync(user);
        }
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, nameof(input.NewPassword));
            return View(input);
        }
        var ended = await sessions.EndAllAsync(user.Id, keep: await CurrentSessionIdAsync());
        await audit.RecordAsync(new AuditEntry(AuditEvents.PasswordChanged, T["修改本人密码，结束其他会话 {0} 个", ended],
            DepartmentId: user.DepartmentId));
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = T["密码已修改，其他设备上的登录已失效。"].Value;
        // /admin, or the authenticator enrolment if that step is still owed.
        return Redirect("/admin");
    }

    [HttpGet("two-factor")]
    public async Task<IActionResult> TwoFactor()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        return View(await SetupModelAsync(user, new EnableTwoFactorInput()));
    }

    [HttpPost("two-factor/enable")]
    public async Task<IActionResult> EnableTwoFactor([Bind(Prefix = "Input")] EnableTwoFactorInput input)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var code = input.Code.Replace(" ", "").Replace("-", "");
        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            ModelState.AddModelError("Input.Code", T["验证码不正确，请核对手机时间后重试"]);
        if (!ModelState.IsValid) return View("TwoFactor", await SetupModelAsync(user, input));

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await audit.RecordAsync(new AuditEntry(AuditEvents.TwoFactorChanged, T["启用双因素认证（验证器）"], DepartmentId: user.DepartmentId));
        // Re-issued without the pending step: /admin opens now.
        await signIn.RefreshSignInAsync(user);
        return View("RecoveryCodes", codes!.ToList());
    }

    [HttpPost("two-factor/recovery-codes")]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!user.TwoFactorEnabled) return Redirect("/admin/account/two-factor");
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await audit.RecordAsync(new AuditEntry(AuditEvents.TwoFactorChanged, T["重新生成恢复码"], DepartmentId: user.DepartmentId));
        return View("RecoveryCodes", codes!.ToList());
    }

    [HttpPost("two-factor/disable")]
    public async Task<IActionResult> DisableTwoFactor()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (await IsRequiredAsync(user))
        {
            TempData["Error"] = T["您的角色必须使用双因素认证，不能关闭。"].Value;
            return Redirect("/admin/account/two-factor");
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordAsync(new AuditEntry(AuditEvents.TwoFactorChanged, T["关闭双因素认证"], DepartmentId: user.DepartmentId));
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = T["已关闭双因素认证。"].Value;
        return Redirect("/admin/account/two-factor");
    }

    [HttpGet("sessions")]
    public async Task<IActionResult> Sessions()
    {
        var userId = users.GetUserId(User)!;
        return View("~/Areas/Admin/Views/Shared/_Sessions.cshtml", new SessionListModel
        {
            UserId = userId, UserName = User.Identity?.Name ?? "", CurrentSessionId = await CurrentSessionIdAsync(),
            ActionBase = "/admin/account/sessions", Sessions = await sessions.ListAsync(userId),
        });
    }

    [HttpPost("sessions/{sessionId}/end")]
    public async Task<IActionResult> EndSession(string sessionId)
    {
        var userId = users.GetUserId(User)!;
        // Only one's own sessions: the user id comes from the cookie, never from the form.
        if (await sessions.EndAsync(userId, sessionId))
        {
            await audit.RecordAsync(new AuditEntry(AuditEvents.SessionEnded, T["结束本人的一个登录会话"]));
            TempData["Message"] = T["已结束该会话。"].Value;
        }
        return Redirect(sessionId == await CurrentSessionIdAsync() ? "/admin/login" : "/admin/account/sessions");
    }

    private async Task<string?> CurrentSessionIdAsync()
    {
        var items = (await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Properties?.Items;
        return items is not null && items.TryGetValue(DbTicketStore.SessionKeyItem, out var key) ? key : null;
    }

    private async Task<bool> IsRequiredAsync(CmsUser user)
    {
        var roles = await users.GetRolesAsync(user);
        return security.CurrentValue.TwoFactorRoles.Any(roles.Contains);
    }

    private async Task<TwoFactorSetupModel> SetupModelAsync(CmsUser user, EnableTwoFactorInput input)
    {
        var model = new TwoFactorSetupModel
        {
            Enabled = user.TwoFactorEnabled, Required = await IsRequiredAsync(user), Input = input,
            RecoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
        };
        if (!model.Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
                // A new key renews the security stamp: re-issue the cookie, or the stamp check would sign the user
                // out while they scan the code.
                await signIn.RefreshSignInAsync(user);
            }
            model.SharedKey = AuthenticatorQrCode.Group(key!);
            model.QrCodeDataUri = AuthenticatorQrCode.PngDataUri(AuthenticatorQrCode.OtpAuthUri(T["泾源县移民致富提升行动"], user.UserName!, key!));
        }
        return model;
    }
}

using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>Sign-in (password, then the authenticator or a recovery code when enrolled) and sign-out.</summary>
[Area("Admin")]
[Route("admin")]
public sealed class AccountController(
    SignInManager<CmsUser> signIn,
    PasswordSignInGuard guard,
    IAuditTrail audit,
    IStringLocalizer<AccountController> T) : Controller
{
    [AllowAnonymous, HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("login")]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!ModelState.IsValid) return View(input);
        var typed = input.UserName.Trim();
        var outcome = await guard.SignInAsync(typed, input.Password, ClientAddress);

        if (outcome.Result.Succeeded)
        {
            await RecordSuccessAsync(outcome.User!);
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }
        if (outcome.Result.RequiresTwoFactor)
            return Redirect("/admin/login/two-factor" + (Url.IsLocalUrl(input.ReturnUrl) ? "?returnUrl=" + Uri.EscapeDataString(input.ReturnUrl!) : ""));

        // The reason goes to the audit trail only; the page says the same whatever it was.
        await audit.RecordAsync(new AuditEntry(AuditEvents.LoginFailed, outcome.Failure switch
        {
            SignInFailure.LockedOut => T["登录失败：账号已锁定"],
            SignInFailure.Throttled => T["登录失败：该地址失败次数过多，已暂停尝试"],
            SignInFailure.Disabled => T["登录失败：账号已停用"],
            _ => T["登录失败：用户名或密码错误"],
        }), LoginNames.ForAudit(typed));
        ModelState.AddModelError("", T[FailureMessage]);
        return View(input);
    }

    /// <summary>The one message for every failed sign-in: it must not tell whether the account exists or is locked.</summary>
    public const string FailureMessage = "用户名或密码错误，或尝试次数过多已被暂时限制，请稍后再试。";

    [AllowAnonymous, HttpGet("login/two-factor")]
    public async Task<IActionResult> TwoFactor(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? Redirect("/admin/login")
            : View(new TwoFactorLoginInput { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("login/two-factor")]
    public async Task<IActionResult> TwoFactor(TwoFactorLoginInput input)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user) return Redirect("/admin/login");
        if (!ModelState.IsValid) return View(input);
        // Recovery codes are stored with their hyphen ("ABCDE-FGHIJ"); authenticator codes are digits only.
        var code = input.Code.Replace(" ", "").Trim();
        var result = input.UseRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code.Replace("-", ""), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await RecordSuccessAsync(user, input.UseRecoveryCode ? T["登录成功（使用恢复码）"] : T["登录成功（验证器）"]);
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }
        await audit.RecordAsync(new AuditEntry(AuditEvents.LoginFailed,
            result.IsLockedOut ? T["登录失败：账号已锁定"] : T["登录失败：验证码错误"], DepartmentId: user.DepartmentId), user.UserName!);
        ModelState.AddModelError(nameof(input.Code), T["验证码无效或已过期，请重试。"]);
        return View(input);
    }

    // Signed-in users only: an anonymous POST would write a nameless 退出登录 into the audit trail.
    [Authorize, HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        var name = User.Identity?.Name ?? "";
        // With the server-side session store this deletes the session row: the old cookie opens nothing any more.
        await signIn.SignOutAsync();
        await audit.RecordAsync(new AuditEntry(AuditEvents.Logout, T["退出登录"]), name);
        return Redirect("/admin/login");
    }

    [AllowAnonymous, HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private string ClientAddress => HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";

    private string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/admin";

    private Task RecordSuccessAsync(CmsUser user, string? summary = null) =>
        audit.RecordAsync(new AuditEntry(AuditEvents.LoginSucceeded, summary ?? T["登录成功"], DepartmentId: user.DepartmentId), user.UserName!);
}

using System.ComponentModel.DataAnnotations;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

public sealed class LoginInput
{
    [Required(ErrorMessage = "请填写用户名")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请填写密码")]
    [DataType(DataType.Password)]
    [Display(Name = "密码")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

[Area("Admin")]
[Route("admin")]
public sealed class AccountController(
    SignInManager<CmsUser> signIn,
    UserManager<CmsUser> users,
    IAuditTrail audit,
    IStringLocalizer<AccountController> T) : Controller
{
    [AllowAnonymous, HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("login")]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!ModelState.IsValid) return View(input);
        var user = await users.FindByNameAsync(input.UserName.Trim());
        var result = user is null || user.Disabled
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, input.Password, isPersistent: false, lockoutOnFailure: true);

        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEntry(AuditEvents.LoginSucceeded, T["登录成功"], DepartmentId: user!.DepartmentId), user.UserName!);
            return LocalRedirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl! : "/admin");
        }
        await audit.RecordAsync(new AuditEntry(AuditEvents.LoginFailed,
            result.IsLockedOut ? T["登录失败：账号已锁定"] : T["登录失败：用户名或密码错误"]), input.UserName.Trim());
        ModelState.AddModelError("", result.IsLockedOut
            ? T["登录失败次数过多，账号已锁定15分钟，请稍后再试。"]
            : T["用户名或密码错误。"]);
        return View(input);
    }

    // Signed-in users only: an anonymous POST would write a nameless 退出登录 into the audit trail.
    [Authorize, HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        var name = User.Identity?.Name ?? "";
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
}

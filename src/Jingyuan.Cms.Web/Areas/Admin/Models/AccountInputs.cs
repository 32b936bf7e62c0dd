using System.ComponentModel.DataAnnotations;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

public sealed class LoginInput
{
    public const int UserNameLength = 64;

    [Required(ErrorMessage = "请填写用户名")]
    [StringLength(UserNameLength, ErrorMessage = "用户名不能超过 {1} 个字符")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请填写密码")]
    [StringLength(128, ErrorMessage = "密码不能超过 {1} 个字符")]
    [DataType(DataType.Password)]
    [Display(Name = "密码")]
    public string Password { get; set; } = "";

    [StringLength(2048)]
    public string? ReturnUrl { get; set; }
}

public sealed class TwoFactorLoginInput
{
    [Required(ErrorMessage = "请填写验证码")]
    [StringLength(64, ErrorMessage = "验证码不能超过 {1} 个字符")]
    [Display(Name = "验证码")]
    public string Code { get; set; } = "";

    /// <summary>True: <see cref="Code"/> is a recovery code rather than the authenticator's six digits.</summary>
    public bool UseRecoveryCode { get; set; }

    [StringLength(2048)]
    public string? ReturnUrl { get; set; }
}

public sealed class ChangePasswordInput
{
    [Required(ErrorMessage = "请填写当前密码")]
    [StringLength(128, ErrorMessage = "密码不能超过 {1} 个字符")]
    [DataType(DataType.Password)]
    [Display(Name = "当前密码")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "请填写新密码")]
    [StringLength(128, ErrorMessage = "密码不能超过 {1} 个字符")]
    [DataType(DataType.Password)]
    [Display(Name = "新密码")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "请再次填写新密码")]
    [Compare(nameof(NewPassword), ErrorMessage = "两次填写的新密码不一致")]
    [DataType(DataType.Password)]
    [Display(Name = "确认新密码")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class EnableTwoFactorInput
{
    [Required(ErrorMessage = "请填写验证器显示的 6 位验证码")]
    [StringLength(16, ErrorMessage = "验证码不能超过 {1} 个字符")]
    [Display(Name = "验证码")]
    public string Code { get; set; } = "";
}

public sealed class TwoFactorSetupModel
{
    public bool Enabled { get; set; }
    public bool Required { get; set; }
    public int RecoveryCodesLeft { get; set; }
    /// <summary>The shared key, grouped by four for reading aloud or typing.</summary>
    public string SharedKey { get; set; } = "";
    public string QrCodeDataUri { get; set; } = "";
    public EnableTwoFactorInput Input { get; set; } = new();
}

public sealed class SessionListModel
{
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public string? CurrentSessionId { get; set; }
    /// <summary>Where the "end session" forms post: /admin/account/sessions or /admin/users/{id}/sessions.</summary>
    public string ActionBase { get; set; } = "";
    public IReadOnlyList<Jingyuan.Cms.Security.UserSession> Sessions { get; set; } = [];
}

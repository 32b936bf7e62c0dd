using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers.Support;

/// <summary>Identity's validation errors in Chinese, as the user and password forms show them.</summary>
public sealed class ChineseIdentityErrors(IStringLocalizer<ChineseIdentityErrors> T) : IdentityErrorDescriber
{
    private IdentityError Error(string code, LocalizedString text) => new() { Code = code, Description = text };

    public override IdentityError DefaultError() => Error(nameof(DefaultError), T["操作失败，请重试"]);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), T["数据已被他人修改，请刷新后重试"]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), T["密码不正确"]);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), T["令牌无效或已过期"]);
    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), T["用户名“{0}”无效，只能包含字母、数字和 - . _ @ +", userName ?? ""]);
    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), T["用户名“{0}”已被使用", userName]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), T["电子邮箱“{0}”无效", email ?? ""]);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), T["电子邮箱“{0}”已被使用", email]);
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), T["角色名称“{0}”无效", role ?? ""]);
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), T["角色名称“{0}”已存在", role]);
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), T["该用户已设置密码"]);
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), T["该用户未启用锁定"]);
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), T["用户已属于角色“{0}”", role]);
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), T["用户不属于角色“{0}”", role]);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), T["密码长度至少为 {0} 位", length]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), T["密码至少需要包含 {0} 个不同的字符", uniqueChars]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), T["密码须包含至少一个符号"]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), T["密码须包含至少一个数字"]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), T["密码须包含至少一个小写字母"]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), T["密码须包含至少一个大写字母"]);
}

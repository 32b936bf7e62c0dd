using Microsoft.AspNetCore.Identity;

namespace Jingyuan.Cms.Security;

/// <summary>At least three of the four character classes (lower, upper, digit, symbol), as the county's policy asks.</summary>
public sealed class PasswordClassesValidator : IPasswordValidator<CmsUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<CmsUser> manager, CmsUser user, string? password)
    {
        password ??= "";
        var classes = new[]
        {
            password.Any(char.IsLower), password.Any(char.IsUpper), password.Any(char.IsDigit),
            password.Any(c => !char.IsLetterOrDigit(c)),
        }.Count(x => x);
        return Task.FromResult(classes >= 3
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordClasses", Description = "密码须包含大写字母、小写字母、数字、符号中的至少三类" }));
    }
}

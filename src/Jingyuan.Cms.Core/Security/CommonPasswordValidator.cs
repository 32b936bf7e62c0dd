using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Jingyuan.Cms.Security;

/// <summary>Refuses passwords from a list of common ones (at any letter case) and passwords that contain the user name.</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<CmsUser>
{
    // User names shorter than this match too many passwords by chance ("li" in "Climb-2024!").
    private const int ShortestNameChecked = 3;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<CmsUser> manager, CmsUser user, string? password)
    {
        password ??= "";
        if (IsCommon(password))
            return Fail("PasswordCommon", "该密码过于常见，容易被猜中，请换一个");
        var name = user.UserName?.Trim() ?? "";
        if (name.Length >= ShortestNameChecked && password.Contains(name, StringComparison.OrdinalIgnoreCase))
            return Fail("PasswordContainsUserName", "密码不能包含用户名");
        return Task.FromResult(IdentityResult.Success);
    }

    private static Task<IdentityResult> Fail(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Jingyuan.Cms.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line.Trim());
        }
        return set;
    }
}

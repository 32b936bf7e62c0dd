using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers.Support;

internal static class IdentityErrorFields
{
    /// <summary>
    /// Puts Identity's errors next to the input they concern (password or name), others above the form.
    /// Joined per input because a validation message shows only the first error of its key.
    /// </summary>
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, string passwordField = "Password")
    {
        foreach (var group in result.Errors.GroupBy(e => KeyOf(e.Code, passwordField)))
        {
            modelState.AddModelError(group.Key, string.Join("；", group.Select(e => e.Description).Distinct()));
        }
    }

    private static string KeyOf(string code, string passwordField) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? passwordField
        : code is "InvalidUserName" or "DuplicateUserName" ? "UserName"
        : code is "InvalidRoleName" or "DuplicateRoleName" ? "Name"
        : "";
}

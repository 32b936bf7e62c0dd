using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers.Support;

internal static class IdentityErrorFields
{
    /// <summary>Puts each Identity error next to the input it concerns (password or user name), others on top.</summary>
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, string passwordField = "Password")
    {
        foreach (var error in result.Errors)
        {
            var key = error.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField
                : error.Code is "InvalidUserName" or "DuplicateUserName" ? "UserName"
                : error.Code is "InvalidRoleName" or "DuplicateRoleName" ? "Name"
                : "";
            modelState.AddModelError(key, error.Description);
        }
    }
}

using Microsoft.AspNetCore.Authorization;

namespace Jingyuan.Cms.Security;

/// <summary>
/// Requires a permission on a controller or action: <c>[RequirePermission("ManageUsers")]</c>.
/// The host turns the policy name into a permission check against the user's roles.
/// </summary>
public sealed class RequirePermissionAttribute(string permission)
    : AuthorizeAttribute(PolicyPrefix + permission)
{
    public const string PolicyPrefix = "Permission:";
}

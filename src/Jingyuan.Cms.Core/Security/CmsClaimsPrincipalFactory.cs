using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Security;

/// <summary>Adds the user's department to the sign-in cookie, for department scoping.</summary>
public sealed class CmsClaimsPrincipalFactory(UserManager<CmsUser> users, RoleManager<CmsRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CmsUser, CmsRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CmsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.DepartmentId is { } dept) identity.AddClaim(new Claim(CmsClaimTypes.DepartmentId, dept.ToString()));
        if (!string.IsNullOrEmpty(user.DisplayName)) identity.AddClaim(new Claim("display_name", user.DisplayName));
        return identity;
    }
}

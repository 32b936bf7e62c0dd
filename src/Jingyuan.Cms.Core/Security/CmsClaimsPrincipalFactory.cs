using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Security;

/// <summary>
/// Adds the user's department to the sign-in cookie, for department scoping. A user who still owes a step
/// (a password change, an authenticator enrolment) gets a <see cref="CmsClaimTypes.PendingStep"/> claim and no
/// role claims, so no permission holds until the step is done and the cookie is re-issued.
/// </summary>
public sealed class CmsClaimsPrincipalFactory(
    UserManager<CmsUser> users,
    RoleManager<CmsRole> roles,
    IOptions<IdentityOptions> options,
    IOptionsMonitor<SecurityOptions> security,
    TimeProvider clock)
    : UserClaimsPrincipalFactory<CmsUser, CmsRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CmsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.DepartmentId is { } dept) identity.AddClaim(new Claim(CmsClaimTypes.DepartmentId, dept.ToString(CultureInfo.InvariantCulture)));
        if (!string.IsNullOrEmpty(user.DisplayName)) identity.AddClaim(new Claim("display_name", user.DisplayName));
        if (PendingStep(user, identity) is { } step)
        {
            foreach (var role in identity.FindAll(identity.RoleClaimType).ToList()) identity.RemoveClaim(role);
            identity.AddClaim(new Claim(CmsClaimTypes.PendingStep, step));
        }
        return identity;
    }

    private string? PendingStep(CmsUser user, ClaimsIdentity identity)
    {
        var o = security.CurrentValue;
        var expired = o.PasswordExpiryDays > 0
            && (user.PasswordChangedUtc ?? DateTimeOffset.MinValue).AddDays(o.PasswordExpiryDays) <= clock.GetUtcNow();
        if ((o.ForcePasswordChange && user.MustChangePassword) || expired) return CmsPendingSteps.ChangePassword;
        if (!user.TwoFactorEnabled && o.TwoFactorRoles.Any(r => identity.HasClaim(identity.RoleClaimType, r)))
            return CmsPendingSteps.EnrolTwoFactor;
        return null;
    }
}

public static class CmsPendingSteps
{
    public const string ChangePassword = "change-password";
    public const string EnrolTwoFactor = "enrol-two-factor";
}

using System.Security.Claims;

namespace Jingyuan.Cms.Security;

public static class CmsClaimTypes
{
    public const string DepartmentId = "jingyuan:department";
    /// <summary>A step the user must finish (password change, authenticator enrolment) before using /admin.</summary>
    public const string PendingStep = "jingyuan:pending";
}

public static class ClaimsPrincipalExtensions
{
    public static int? DepartmentId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(CmsClaimTypes.DepartmentId), out var id) ? id : null;
}

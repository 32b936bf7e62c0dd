using System.Security.Claims;

namespace Jingyuan.Cms.Security;

public static class CmsClaimTypes
{
    public const string DepartmentId = "jingyuan:department";
}

public static class ClaimsPrincipalExtensions
{
    public static int? DepartmentId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(CmsClaimTypes.DepartmentId), out var id) ? id : null;
}

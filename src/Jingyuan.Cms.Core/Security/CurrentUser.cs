using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Jingyuan.Cms.Security;

/// <summary>
/// The signed-in user of the current request, the user a background job acts for
/// (<see cref="ActingUser"/>), or "system" outside both.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http, PermissionGrants grants, ActingUser acting) : ICurrentUser
{
    public const string SystemName = "system";

    private ClaimsPrincipal? Principal => acting.Principal
        ?? (http.HttpContext?.User is { Identity.IsAuthenticated: true } u ? u : null);

    public string UserName => Principal?.Identity?.Name ?? SystemName;
    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
    public int? DepartmentId => Principal?.DepartmentId();
    public string? RemoteAddress => acting.Principal is not null
        ? acting.RemoteAddress
        : http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public async Task<bool> HasPermissionAsync(Permission permission) =>
        Principal is { } user
            ? await grants.RolesHaveAsync(user.FindAll(ClaimTypes.Role).Select(c => c.Value), permission.Name)
            : http.HttpContext is null && acting.Principal is null; // background and start-up work acts as the system
}

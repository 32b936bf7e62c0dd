using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Jingyuan.Cms.Security;

/// <summary>The signed-in user of the current request, or "system" outside a request.</summary>
public sealed class CurrentUser(IHttpContextAccessor http, PermissionGrants grants) : ICurrentUser
{
    public const string SystemName = "system";

    private ClaimsPrincipal? Principal => http.HttpContext?.User is { Identity.IsAuthenticated: true } u ? u : null;

    public string UserName => Principal?.Identity?.Name ?? SystemName;
    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
    public int? DepartmentId => Principal?.DepartmentId();
    public string? RemoteAddress => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public async Task<bool> HasPermissionAsync(Permission permission) =>
        Principal is { } user
            ? await grants.RolesHaveAsync(user.FindAll(ClaimTypes.Role).Select(c => c.Value), permission.Name)
            : http.HttpContext is null; // background and start-up work acts as the system
}

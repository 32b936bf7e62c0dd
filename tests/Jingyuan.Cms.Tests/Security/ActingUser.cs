using System.Globalization;
using System.Security.Claims;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>Calls the content engine as a signed-in user of a role (not as the system), the way a request would.</summary>
public static class ActingUser
{
    public static async Task<T> AsUserAsync<T>(this CmsWebFactory site, string userName, string role, int? departmentId,
        Func<IContentManager, Task<T>> work)
    {
        using var scope = site.Services.CreateScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var claims = new List<Claim> { new(ClaimTypes.Name, userName), new(ClaimTypes.Role, role) };
        if (departmentId is { } d) claims.Add(new(CmsClaimTypes.DepartmentId, d.ToString(CultureInfo.InvariantCulture)));
        accessor.HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")),
            RequestServices = scope.ServiceProvider,
        };
        try
        {
            return await work(scope.ServiceProvider.GetRequiredService<IContentManager>());
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    public static Task AsUserAsync(this CmsWebFactory site, string userName, string role, int? departmentId,
        Func<IContentManager, Task> work) =>
        site.AsUserAsync(userName, role, departmentId, async c => { await work(c); return true; });
}

using System.Net;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Admin;

/// <summary>
/// Every admin address, the host's and every module's, found from the running site's endpoints (so a
/// module added later is checked too): each one demands a signed-in user with a policy, and none
/// answers an anonymous visitor with anything but the way to the login page.
/// </summary>
public sealed class AdminEndpointAuthorizationTests
{
    // Signing in, and being told access was denied, work without being signed in.
    // The second sign-in step is anonymous too: Identity's two-factor cookie, not a sign-in, says who it is for.
    private static readonly string[] Public = ["admin/login", "admin/login/two-factor", "admin/denied"];

    [Fact]
    public async Task Every_admin_endpoint_requires_authorization_and_refuses_visitors()
    {
        await using var site = new CmsWebFactory();
        var endpoints = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => (e.RoutePattern.RawText ?? "").TrimStart('/').StartsWith("admin", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(endpoints.Count > 40, $"only {endpoints.Count} admin endpoints found");

        var open = endpoints
            .Where(e => !Public.Contains(e.RoutePattern.RawText!.TrimStart('/'), StringComparer.OrdinalIgnoreCase))
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null || e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(e => e.DisplayName)
            .ToList();
        Assert.True(open.Count == 0, "open admin endpoints: " + string.Join("; ", open));

        using var visitor = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var getsWithoutParameters = endpoints
            .Where(e => e.RoutePattern.Parameters.Count == 0 && !Public.Contains(e.RoutePattern.RawText!.TrimStart('/')))
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .ToList();
        Assert.NotEmpty(getsWithoutParameters);
        foreach (var url in getsWithoutParameters)
        {
            var response = await visitor.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect
                && response.Headers.Location?.ToString().Contains("/admin/login", StringComparison.Ordinal) == true,
                $"{url} answered a visitor with {(int)response.StatusCode} {response.Headers.Location}");
        }
    }
}

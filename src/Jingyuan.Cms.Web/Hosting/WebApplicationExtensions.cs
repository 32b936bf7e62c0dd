using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace Jingyuan.Cms.Web.Hosting;

public static class WebApplicationExtensions
{
    public static async Task InitializeCmsAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<CmsInitializer>().InitializeAsync();
        foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>()) await seeder.SeedAsync();
    }

    public static WebApplication UseCmsPipeline(this WebApplication app)
    {
        // First: every later step (HTTPS check, audit, rate limits) sees the client, not the proxy.
        // Without a configured proxy nobody's X-Forwarded-* is believed.
        if (ReverseProxySetup.HasTrustedProxy(app.Configuration)) app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseDatabaseBusyResponses();
        app.UseSecurityHeaders();
        app.UseHttpsRequirement();
        app.UseRequestLocalization();
        // Static files are endpoints (MapStaticAssets): fingerprinted, precompressed, immutable; a plain
        // UseStaticFiles here would answer first, uncompressed and revalidated on every page.
        app.UseResponseCompression();
        app.UseRouting();
        app.UseAuthentication();
        app.UseCmsRequestLimits();
        app.UseRateLimiter();
        // Before authorization: a pending user holds no roles, so authorization alone would answer 403, not lead them on.
        app.UsePendingAccountSteps();
        app.UseAuthorization();
        app.UseDisabledModuleGuard();
        return app;
    }

    public static WebApplication MapCmsEndpoints(this WebApplication app, IReadOnlyList<ModuleDescriptor> modules,
        IReadOnlyList<(ModuleDescriptor Module, ModuleStartup Startup)> startups)
    {
        app.MapStaticAssets();
        // WithStaticAssets: the link/script tag helpers write the fingerprinted (immutable) URLs.
        app.MapControllers().WithStaticAssets();
        foreach (var (module, startup) in startups)
        {
            var group = app.MapGroup("").WithMetadata(new ModuleEndpointMetadata(module.Id));
            startup.MapRoutes(group);
        }
        return app;
    }

    /// <summary>A disabled module's pages answer 404, whether controllers or mapped routes.</summary>
    private static void UseDisabledModuleGuard(this WebApplication app) => app.Use(async (context, next) =>
    {
        var endpoint = context.GetEndpoint();
        var state = context.RequestServices.GetRequiredService<ModuleState>();
        var moduleId = endpoint?.Metadata.GetMetadata<ModuleEndpointMetadata>()?.ModuleId
            ?? (endpoint?.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action
                ? state.FindByAssembly(action.ControllerTypeInfo.Assembly)?.Id : null);
        if (moduleId is not null && !state.IsEnabled(moduleId))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await next();
    });

    public const string ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        + "script-src 'self'; object-src 'none'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
        + "magnetometer=(), gyroscope=(), accelerometer=(), midi=(), display-capture=()";

    /// <summary>
    /// A user who owes a step (choose their own password, enrol an authenticator) reaches only the pages of that
    /// step under /admin. Their cookie also carries no roles (CmsClaimsPrincipalFactory), so nothing else is allowed anyway.
    /// </summary>
    private static void UsePendingAccountSteps(this WebApplication app) => app.Use(async (context, next) =>
    {
        var step = context.User.FindFirst(CmsClaimTypes.PendingStep)?.Value;
        var path = context.Request.Path;
        if (step is not null && path.StartsWithSegments("/admin") && !PendingStepPaths.Any(p => path.StartsWithSegments(p)))
        {
            context.Response.Redirect(step == CmsPendingSteps.ChangePassword ? "/admin/account/password" : "/admin/account/two-factor");
            return;
        }
        await next();
    });

    private static readonly string[] PendingStepPaths =
        ["/admin/account/password", "/admin/account/two-factor", "/admin/login", "/admin/logout", "/admin/denied"];

    private static void UseSecurityHeaders(this WebApplication app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "SAMEORIGIN";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        // No page needs the visitor's devices or sensors.
        headers["Permissions-Policy"] = PermissionsPolicy;
        // Nothing is loaded from other sites: the page may only use this origin. Forms post only here and
        // a <base> cannot redirect relative links (HTML that slips through the sanitiser cannot phish).
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        await next();
    });
}

public sealed record ModuleEndpointMetadata(string ModuleId);

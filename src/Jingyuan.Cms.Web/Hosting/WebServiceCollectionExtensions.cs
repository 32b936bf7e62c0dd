using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Jingyuan.Cms.Modules;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;

namespace Jingyuan.Cms.Web.Hosting;

public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddCmsWeb(this IServiceCollection services, IConfiguration configuration,
        IWebHostEnvironment environment, IReadOnlyList<ModuleDescriptor> modules)
    {
        // Real Chinese characters in the HTML, not &#x...; escapes.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var supported = new[] { new CultureInfo("zh-CN") };
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = supported;
            o.SupportedUICultures = supported;
        });

        var mvc = services.AddControllersWithViews(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        services.Configure<MvcOptions>(o => o.Filters.Add(new ContentForbiddenFilter()));
        mvc.ConfigureApplicationPartManager(parts =>
        {
            foreach (var assembly in modules.Select(m => m.Assembly).Where(a => parts.ApplicationParts.All(p => p.Name != a.GetName().Name)))
            {
                // The assembly's own factory: for a Razor class library it adds the compiled views too,
                // which a plain AssemblyPart would leave out (a module's pages would find no view).
                var factory = ApplicationPartFactory.GetApplicationPartFactory(assembly);
                foreach (var part in factory.GetApplicationParts(assembly)) parts.ApplicationParts.Add(part);
            }
        });

        var idle = TimeSpan.FromMinutes(configuration.GetValue("Security:IdleTimeoutMinutes", 30));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "jingyuan.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = idle;
            o.SlidingExpiration = true;
            // Tickets live in the database (DbTicketStore, bound in AddCmsIdentity), which also ends a session
            // Security:AbsoluteLifetimeHours after sign-in however active it stays.
            o.LoginPath = "/admin/login";
            o.LogoutPath = "/admin/logout";
            o.AccessDeniedPath = "/admin/denied";
            // A refused action answers 403 (with the friendly error page), not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "jingyuan.af";
            o.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddHostContributions();
        services.AddCmsReverseProxy(configuration);
        services.AddCmsRequestLimits(configuration);
        services.AddCmsRateLimiting(configuration);
        services.AddCmsDataProtection(configuration);
        services.AddCmsResponseCompression();
        return services;
    }

    /// <summary>Runs each module's Startup.ConfigureServices; returns them for route mapping.</summary>
    public static IReadOnlyList<(ModuleDescriptor Module, ModuleStartup Startup)> AddModuleStartups(
        this IServiceCollection services, IReadOnlyList<ModuleDescriptor> modules, ModuleContributions contributions)
    {
        services.Replace(ServiceDescriptor.Singleton(contributions));
        var startups = new List<(ModuleDescriptor, ModuleStartup)>();
        foreach (var module in modules)
        {
            foreach (var type in module.Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(ModuleStartup)) && !t.IsAbstract))
            {
                var startup = (ModuleStartup)Activator.CreateInstance(type)!;
                contributions.Register(services, module.Id, startup.ConfigureServices);
                startups.Add((module, startup));
            }
        }
        return startups;
    }
}

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Jingyuan.Cms.Web.Hosting;

/// <summary>
/// In Production the sign-in and form-token cookies are Secure-only, so the admin pages cannot work
/// over plain HTTP. Rather than a 500 from the antiforgery system (and rather than ever weakening the
/// cookies), such a request gets a page explaining that HTTPS is required, and the start-up log says
/// how to fix the deployment.
/// </summary>
internal static class HttpsRequirement
{
    public const string PagePath = "/error/https-required";

    public static bool Applies(IHostEnvironment environment) => environment.IsProduction();

    /// <summary>What is wrong with a Production deployment, one sentence each (empty: nothing).</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, IEnumerable<string> serverAddresses)
    {
        var problems = new List<string>();
        var https = serverAddresses.Any(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        if (!https && !ReverseProxySetup.HasTrustedProxy(configuration))
            problems.Add("Production is served over plain HTTP and no trusted TLS proxy is configured: /admin will answer "
                + "\"需要 HTTPS\" because the sign-in cookies are Secure-only. Either listen on https (Kestrel certificate) or put "
                + "nginx in front terminating TLS and set ReverseProxy:KnownProxies (or KnownNetworks) to its address (see docs/nginx.conf).");
        var baseUrl = configuration["Site:BaseUrl"];
        if (string.IsNullOrWhiteSpace(baseUrl) || !baseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            problems.Add($"Site:BaseUrl is \"{baseUrl}\": set it to the public https address (absolute links such as the RSS feed use it).");
        return problems;
    }

    /// <summary>Admin requests over plain HTTP are answered by the explanation page.</summary>
    public static void UseHttpsRequirement(this WebApplication app)
    {
        if (!Applies(app.Environment)) return;
        app.Use((context, next) =>
        {
            if (!context.Request.IsHttps && context.Request.Path.StartsWithSegments("/admin"))
                context.Request.Path = PagePath;
            return next(context);
        });
    }

    /// <summary>Once the server listens, says in the log what makes this deployment insecure.</summary>
    public static void ReportInsecureDeployment(this WebApplication app)
    {
        if (!Applies(app.Environment)) return;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Jingyuan.Cms.Deployment");
            foreach (var problem in Problems(app.Configuration, addresses))
            {
                logger.LogCritical("INSECURE DEPLOYMENT: {Problem}", problem);
            }
            if (!DataProtectionSetup.KeysEncrypted(app.Configuration))
                logger.LogWarning("DataProtection:CertificatePath is not set: the key ring in the database is not encrypted at rest; "
                    + "only the database's access control protects it.");
        });
    }
}

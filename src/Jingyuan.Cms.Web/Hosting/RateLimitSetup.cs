using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Hosting;

/// <summary>
/// Per client address (after the trusted proxy's X-Forwarded-For), fixed windows configured under
/// <c>RateLimiting:{Login,Expensive,Anonymous}:{PermitLimit,WindowSeconds}</c>:
/// sign-in attempts; anonymous searches, feeds, downloads and media; and every other anonymous
/// request. Signed-in users are limited only on sign-in. Over the limit: 429, Retry-After and a Chinese message.
/// </summary>
internal static class RateLimitSetup
{
    private sealed record Rule(string Name, int PermitLimit, int WindowSeconds, Func<HttpContext, bool> Applies);

    public static IServiceCollection AddCmsRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var rules = new[]
        {
            ReadRule(configuration, "Login", 10, 60, c => HttpMethods.IsPost(c.Request.Method) && c.Request.Path.StartsWithSegments("/admin/login")),
            ReadRule(configuration, "Expensive", 60, 60, c => IsAnonymous(c) && IsExpensive(c.Request.Path)),
            ReadRule(configuration, "Anonymous", 600, 60, IsAnonymous),
        };
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(rules.Select(Limiter).ToArray());
            o.OnRejected = (context, cancellation) => RejectAsync(context, rules, cancellation);
        });
        return services;
    }

    /// <summary>The client address the limits are counted by.</summary>
    public static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static bool IsAnonymous(HttpContext context) => context.User.Identity?.IsAuthenticated != true;

    // Work a visitor can ask for cheaply and the server pays for: full-text search, feeds, generated files.
    private static bool IsExpensive(PathString path) =>
        path.StartsWithSegments("/search") || path.StartsWithSegments("/notices/feed") || path.StartsWithSegments("/media")
        || (path.StartsWithSegments("/plan") && path.Value is { } p
            && (p.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                || p.EndsWith(".json", StringComparison.OrdinalIgnoreCase)));

    private static Rule ReadRule(IConfiguration configuration, string name, int permits, int seconds, Func<HttpContext, bool> applies) =>
        new(name, Math.Max(1, configuration.GetValue($"RateLimiting:{name}:PermitLimit", permits)),
            Math.Max(1, configuration.GetValue($"RateLimiting:{name}:WindowSeconds", seconds)), applies);

    private static PartitionedRateLimiter<HttpContext> Limiter(Rule rule) => PartitionedRateLimiter.Create<HttpContext, string>(context =>
        rule.Applies(context)
            ? RateLimitPartition.GetFixedWindowLimiter($"{rule.Name}:{ClientKey(context)}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = rule.PermitLimit,
                Window = TimeSpan.FromSeconds(rule.WindowSeconds),
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(""));

    private static async ValueTask RejectAsync(OnRejectedContext context, IReadOnlyList<Rule> rules, CancellationToken cancellation)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Ceiling(retryAfter.TotalSeconds)
            : rules.Where(r => r.Applies(context.HttpContext)).Select(r => r.WindowSeconds).DefaultIfEmpty(60).Max();
        seconds = Math.Max(1, seconds);
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "text/plain; charset=utf-8";
        var T = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<HostMessages>>();
        await response.WriteAsync(T["请求过于频繁，请在 {0} 秒后再试。", seconds], cancellation);
    }
}

/// <summary>The localizer category of the messages the hosting layer writes itself (429, 413, 400).</summary>
internal sealed class HostMessages;

using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Jingyuan.Cms.Web.Hosting;

/// <summary>
/// X-Forwarded-For/-Proto/-Host are honoured only from the proxies named in configuration
/// (<c>ReverseProxy:KnownProxies</c>: addresses, <c>ReverseProxy:KnownNetworks</c>: CIDR ranges).
/// ASP.NET Core's default trust of loopback is removed: anything else on the machine could forge them.
/// The client address then reaches Connection.RemoteIpAddress, which the audit trail and the rate
/// limiter read.
/// </summary>
internal static class ReverseProxySetup
{
    public const string Section = "ReverseProxy";

    public static IReadOnlyList<string> KnownProxies(IConfiguration configuration) =>
        configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];

    public static IReadOnlyList<string> KnownNetworks(IConfiguration configuration) =>
        configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [];

    public static bool HasTrustedProxy(IConfiguration configuration) =>
        KnownProxies(configuration).Count > 0 || KnownNetworks(configuration).Count > 0;

    public static IServiceCollection AddCmsReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        // Parsed here so a typo stops the start with the faulty entry named, not later per request.
        var proxies = KnownProxies(configuration).Select(p => IPAddress.TryParse(p, out var a) ? a
            : throw new InvalidOperationException($"{Section}:KnownProxies: \"{p}\" is not an IP address.")).ToList();
        var networks = KnownNetworks(configuration).Select(n => System.Net.IPNetwork.TryParse(n, out var net) ? net
            : throw new InvalidOperationException($"{Section}:KnownNetworks: \"{n}\" is not a CIDR range (e.g. 10.0.0.0/8).")).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // the obsolete list still holds the loopback default and is still consulted
            o.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            foreach (var proxy in proxies) o.KnownProxies.Add(proxy);
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
            o.ForwardLimit = configuration.GetValue($"{Section}:ForwardLimit", 1);
        });
        return services;
    }
}

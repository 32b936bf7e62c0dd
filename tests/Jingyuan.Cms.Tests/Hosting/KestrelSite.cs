using System.Net;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Hosting;

/// <summary>
/// The site on a real loopback port: what the hosting layer does (peer address, Server header, body
/// limits, rate limits) needs a real connection, which the in-memory TestServer does not have.
/// </summary>
internal sealed class KestrelSite : IAsyncDisposable
{
    private KestrelSite(CmsWebFactory root, WebApplicationFactory<Program> factory, string baseUrl)
    {
        Root = root;
        Factory = factory;
        BaseUrl = baseUrl;
    }

    public CmsWebFactory Root { get; }
    public WebApplicationFactory<Program> Factory { get; }
    public string BaseUrl { get; }

    public static KestrelSite Start(Action<IWebHostBuilder>? configure = null, CmsWebFactory? root = null)
    {
        root ??= new CmsWebFactory();
        var factory = root.WithWebHostBuilder(b =>
        {
            b.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
            configure?.Invoke(b);
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = Assert.Single(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
        return new KestrelSite(root, factory, address);
    }

    /// <summary>A browser-like client; <paramref name="handler"/> replaces the cookie-keeping default.</summary>
    public TestClient Client(HttpMessageHandler? handler = null, params (string Name, string Value)[] headers)
    {
        var http = new HttpClient(handler ?? new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(BaseUrl),
        };
        foreach (var (name, value) in headers) http.DefaultRequestHeaders.Add(name, value);
        return new TestClient(http);
    }

    /// <summary>Runs code against this site's services (never the root's: starting it would run a second site on the folder).</summary>
    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Factory.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    public Task<List<AuditEventRecord>> AuditAsync(string eventName) => WithServicesAsync(sp =>
        sp.GetRequiredService<CmsDbContext>().Set<AuditEventRecord>().AsNoTracking()
            .Where(e => e.EventName == eventName).OrderBy(e => e.Id).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Root.DisposeAsync();
    }
}

/// <summary>
/// Keeps cookies even when they are Secure and the connection is plain HTTP: stands in for the browser
/// talking https to a TLS proxy while the test talks http to the app behind it.
/// </summary>
internal sealed class ProxiedCookieJar() : DelegatingHandler(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
{
    private readonly Dictionary<string, string> _cookies = [];

    public List<string> SetCookieHeaders { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await base.SendAsync(request, cancellationToken);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            SetCookieHeaders.Add(header);
            var pair = header.Split(';')[0];
            var (name, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
            if (value.Length == 0) _cookies.Remove(name); else _cookies[name] = value;
        }
        return response;
    }
}

using System.Net;
using Jingyuan.Cms.Audit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Jingyuan.Cms.Tests.Hosting;

/// <summary>X-Forwarded-* is believed from configured proxies only; Production without HTTPS explains itself.</summary>
public sealed class ReverseProxyTests
{
    private static Task<HttpResponseMessage> FailLoginAsync(TestSupport.TestClient client) =>
        client.PostFormAsync("/admin/login", "/admin/login", new() { ["UserName"] = "admin", ["Password"] = "wrong-password" });

    [Fact]
    public async Task The_audit_records_the_client_behind_a_known_proxy()
    {
        await using var site = KestrelSite.Start(b => b.UseSetting("ReverseProxy:KnownProxies:0", "127.0.0.1"));
        using var client = site.Client(headers: ("X-Forwarded-For", "203.0.113.7"));

        Assert.Equal(HttpStatusCode.OK, (await FailLoginAsync(client)).StatusCode);

        Assert.Equal("203.0.113.7", Assert.Single(await site.AuditAsync(AuditEvents.LoginFailed)).RemoteAddress);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unknown_source_are_ignored()
    {
        // Loopback is trusted by ASP.NET Core's defaults; here no proxy is configured, so nothing is.
        await using var site = KestrelSite.Start();
        using var client = site.Client(headers: ("X-Forwarded-For", "203.0.113.7"));

        Assert.Equal(HttpStatusCode.OK, (await FailLoginAsync(client)).StatusCode);

        Assert.Equal("127.0.0.1", Assert.Single(await site.AuditAsync(AuditEvents.LoginFailed)).RemoteAddress);
    }

    [Fact]
    public async Task Production_over_plain_http_explains_that_https_is_required()
    {
        await using var site = KestrelSite.Start(b => b.UseEnvironment("Production"));
        using var client = site.Client();

        var response = await client.GetAsync("/admin/login");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("需要 HTTPS", body);
        Assert.Contains("ReverseProxy:KnownProxies", body);
        Assert.False(response.Headers.Contains("Set-Cookie"), "no cookie may be issued over plain HTTP");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode); // the public site still reads
    }

    [Fact]
    public async Task Production_behind_a_known_tls_proxy_signs_in_with_secure_cookies()
    {
        await using var site = KestrelSite.Start(b => b.UseEnvironment("Production").UseSetting("ReverseProxy:KnownProxies:0", "127.0.0.1"));
        var jar = new ProxiedCookieJar();
        using var client = site.Client(jar, ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "198.51.100.20"));

        var login = await client.PostFormAsync("/admin/login", "/admin/login",
            new() { ["UserName"] = "admin", ["Password"] = TestSupport.CmsWebFactory.AdminPassword });

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/admin", login.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.NotEmpty(jar.SetCookieHeaders);
        Assert.All(jar.SetCookieHeaders.Where(IsSet), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("198.51.100.20", Assert.Single(await site.AuditAsync(AuditEvents.LoginSucceeded)).RemoteAddress);
    }

    /// <summary>A cookie being set, not deleted (a deletion carries no value and needs no flag).</summary>
    internal static bool IsSet(string setCookie) => !setCookie.Split(';')[0].EndsWith('=');

    [Fact]
    public void Start_up_names_what_makes_production_insecure()
    {
        static IConfiguration Config(params (string, string)[] values) =>
            new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Item1, (string?)v.Item2))).Build();

        var plain = Web.Hosting.HttpsRequirement.Problems(Config(("Site:BaseUrl", "https://xczx.example.gov.cn")), ["http://0.0.0.0:5080"]);
        Assert.Contains(plain, p => p.Contains("plain HTTP") && p.Contains("ReverseProxy:KnownProxies"));

        Assert.Empty(Web.Hosting.HttpsRequirement.Problems(
            Config(("Site:BaseUrl", "https://xczx.example.gov.cn"), ("ReverseProxy:KnownProxies:0", "127.0.0.1")), ["http://127.0.0.1:5080"]));
        Assert.Empty(Web.Hosting.HttpsRequirement.Problems(Config(("Site:BaseUrl", "https://xczx.example.gov.cn")), ["https://0.0.0.0:443"]));
        Assert.Contains(Web.Hosting.HttpsRequirement.Problems(Config(), ["https://0.0.0.0:443"]), p => p.Contains("Site:BaseUrl"));
    }
}

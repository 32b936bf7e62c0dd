using System.Net;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Hosting;

public sealed class ResponseHeaderTests
{
    [Fact]
    public async Task No_server_banner_a_permissions_policy_and_a_csp_that_pins_forms_and_base()
    {
        await using var site = KestrelSite.Start();
        using var client = site.Client();

        foreach (var url in new[] { "/", "/admin/login" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Server"), $"{url} sends Server: {string.Join(",", response.Headers.Server)}");
            var permissions = string.Join(",", response.Headers.GetValues("Permissions-Policy"));
            foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()" }) Assert.Contains(feature, permissions);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            foreach (var directive in new[] { "form-action 'self'", "base-uri 'self'", "frame-ancestors 'self'", "object-src 'none'", "script-src 'self'" })
                Assert.Contains(directive, csp);
        }
    }

    [Fact]
    public async Task A_forged_host_header_does_not_change_the_feed_links()
    {
        await using var root = new CmsWebFactory();
        await using var site = root.WithWebHostBuilder(b => b.UseSetting("Site:BaseUrl", "https://xczx.example.gov.cn/"));
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/notices/feed");
        request.Headers.Host = "evil.example";

        var feed = await (await client.SendAsync(request, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("<link>https://xczx.example.gov.cn/notices</link>", feed);
        Assert.DoesNotContain("evil.example", feed);
    }
}

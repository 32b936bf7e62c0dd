using System.Net;
using Jingyuan.Cms.Audit;

namespace Jingyuan.Cms.Tests.Hosting;

/// <summary>Anonymous floods: rate limits per client address, and bodies bounded before they are read.</summary>
public sealed class FloodTests
{
    private static Dictionary<string, string> Login(string userName) => new() { ["UserName"] = userName, ["Password"] = "wrong-password" };

    [Fact]
    public async Task A_flood_of_sign_in_attempts_gets_429_per_client_address()
    {
        await using var site = KestrelSite.Start(b => b
            .UseSetting("RateLimiting:Login:PermitLimit", "3").UseSetting("RateLimiting:Login:WindowSeconds", "600")
            .UseSetting("ReverseProxy:KnownProxies:0", "127.0.0.1"));
        using var flooder = site.Client(headers: ("X-Forwarded-For", "198.51.100.1"));
        using var neighbour = site.Client(headers: ("X-Forwarded-For", "198.51.100.2"));
        var token = await flooder.TokenFromAsync("/admin/login");

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await flooder.PostWithTokenAsync("/admin/login", token, Login("admin"))).StatusCode);
        var refused = await flooder.PostWithTokenAsync("/admin/login", token, Login("admin"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After"))) > 0);
        Assert.Contains("请求过于频繁", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(3, (await site.AuditAsync(AuditEvents.LoginFailed)).Count(e => e.RemoteAddress == "198.51.100.1"));
        // Another address is not punished for the flooder.
        Assert.Equal(HttpStatusCode.OK, (await neighbour.PostFormAsync("/admin/login", "/admin/login", Login("admin"))).StatusCode);
    }

    [Fact]
    public async Task Anonymous_search_and_feed_floods_get_429()
    {
        await using var site = KestrelSite.Start(b => b.UseSetting("RateLimiting:Expensive:PermitLimit", "4"));
        using var client = site.Client();

        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=产业")).StatusCode);
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/notices/feed")).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/search?q=产业")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/notices/feed")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/notices")).StatusCode); // ordinary pages have their own, larger budget
    }

    [Fact]
    public async Task An_oversized_sign_in_body_gets_413_and_nothing_is_stored()
    {
        await using var site = KestrelSite.Start();
        using var client = site.Client();

        var response = await client.PostFormAsync("/admin/login", "/admin/login", Login(new string('a', 3 * 1024 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("提交的内容过大", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await site.AuditAsync(AuditEvents.LoginFailed));
    }

    [Fact]
    public async Task A_browser_posting_an_oversized_body_gets_a_page_that_says_why_and_leads_back()
    {
        await using var site = KestrelSite.Start();
        using var client = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/login")
        {
            Content = new FormUrlEncodedContent(Login(new string('a', 3 * 1024 * 1024))),
        };
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        request.Headers.Referrer = new Uri(client.Http.BaseAddress!, "/admin/login?returnUrl=%2Fadmin");

        var response = await client.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("未保存任何内容", html);
        Assert.Contains("href=\"/admin/login?returnUrl=%2Fadmin\"", html);
    }

    [Fact]
    public async Task An_over_long_form_value_is_refused_with_400_not_stored()
    {
        await using var site = KestrelSite.Start();
        using var client = site.Client();

        // 1.5 MB: within the body limit, over the 1 MB a single value may have.
        var response = await client.PostFormAsync("/admin/login", "/admin/login", Login(new string('a', 1536 * 1024)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("超出允许的长度", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await site.AuditAsync(AuditEvents.LoginFailed));
    }
}

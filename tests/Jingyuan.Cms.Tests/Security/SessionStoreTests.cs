using System.Net;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Jingyuan.Cms.Tests.Security;

public sealed class SessionStoreTests
{
    [Fact]
    public async Task A_cookie_replayed_after_logout_no_longer_opens_admin()
    {
        await using var site = new CmsWebFactory();
        var browser = new CookieJar(site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
        var token = await browser.TokenAsync("/admin/login");
        var login = await browser.PostAsync("/admin/login", new() { ["UserName"] = "admin", ["Password"] = CmsWebFactory.AdminPassword, ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var stolen = browser.Cookies["jingyuan.auth"];
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin")).StatusCode);

        var logout = await browser.PostAsync("/admin/logout", new() { ["__RequestVerificationToken"] = await browser.TokenAsync("/admin") });
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        // An attacker who copied the cookie before the logout replays it.
        var attacker = new CookieJar(site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
        attacker.Cookies["jingyuan.auth"] = stolen;
        var replayed = await attacker.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains("/admin/login", replayed.Location());
    }

    [Fact]
    public async Task An_administrator_ends_a_users_session_and_it_stops_at_once()
    {
        await using var site = new CmsWebFactory();
        var editor = await site.CreateUserAsync("wangwu", BuiltInRoles.DepartmentEditor);
        var session = await site.LoginAsync("wangwu");
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).StatusCode);
        var own = await session.GetPageAsync("/admin/account/sessions");
        Assert.Contains("当前会话", own);

        var admin = await site.LoginAsync("secadmin");
        var list = await admin.GetPageAsync($"/admin/users/{editor.Id}/sessions");
        var id = System.Text.RegularExpressions.Regex.Match(list, $"action=\"/admin/users/{editor.Id}/sessions/([0-9A-F]+)/end\"").Groups[1].Value;
        Assert.NotEqual("", id);
        var ended = await admin.PostFormAsync($"/admin/users/{editor.Id}/sessions", $"/admin/users/{editor.Id}/sessions/{id}/end", []);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);

        // No waiting for the security-stamp check: the very next request is anonymous.
        var after = await session.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/admin/login", after.Headers.Location!.OriginalString);
        Assert.Contains(await site.AuditAsync(AuditEvents.SessionEnded), e => e.Summary.Contains("wangwu"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_session_ends_after_the_absolute_lifetime_however_active_it_is()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var root = new CmsWebFactory();
        var site = root.WithWebHostBuilder(b =>
        {
            // A long idle timeout, so only the absolute lifetime can end the session.
            b.UseSetting("Security:IdleTimeoutMinutes", "600");
            b.UseSetting("Security:AbsoluteLifetimeHours", "8");
            b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock));
        });
        using var client = site.Client();
        Assert.Equal("/admin", (await client.PasswordStepAsync("admin")).Location());
        for (var hour = 1; hour <= 7; hour++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        }
        clock.Advance(TimeSpan.FromMinutes(61));
        var expired = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.Contains("/admin/login", expired.Location());
    }

    /// <summary>A client that keeps cookies where the test can read and copy them.</summary>
    private sealed class CookieJar(HttpClient http)
    {
        public Dictionary<string, string> Cookies { get; } = [];

        public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

        public Task<HttpResponseMessage> PostAsync(string url, Dictionary<string, string> fields) =>
            SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) });

        public async Task<string> TokenAsync(string page)
        {
            var html = await (await GetAsync(page)).Content.ReadAsStringAsync();
            return WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html,
                "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        }

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            if (Cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => c.Key + "=" + c.Value)));
            var response = await http.SendAsync(request);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var pair in set.Select(c => c.Split(';')[0].Split('=', 2)))
                {
                    if (pair[1].Length == 0) Cookies.Remove(pair[0]);
                    else Cookies[pair[0]] = pair[1];
                }
            }
            return response;
        }
    }
}

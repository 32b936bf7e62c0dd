using System.Net;
using Jingyuan.Cms.Tests.Portal;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jingyuan.Cms.Tests.Browser;

/// <summary>What the browser flows share: the site on a real loopback port, and signing in through the login form.</summary>
internal static class BrowserSite
{
    /// <summary>
    /// Kestrel on a free loopback port for the browser (an explicit endpoint: the "Urls" of appsettings.json,
    /// port 5080, may be taken by a developer's site); the themes' files (/_content/...) served as in development.
    /// </summary>
    public static Task<PortalSite> StartAsync(Action<IWebHostBuilder>? configure = null) =>
        PortalSite.StartAsync(
            configure: b =>
            {
                b.UseStaticWebAssets().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
                configure?.Invoke(b);
            },
            prepare: f => f.UseKestrel(0));

    public static string BaseUrl(PortalSite site)
    {
        var addresses = site.Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = Assert.Single(addresses ?? []);
        Assert.Matches("^http://127\\.0\\.0\\.1:[1-9][0-9]*$", address); // a real port was bound…
        Assert.DoesNotContain(":5080", address);                           // …and not the configured one
        return address;
    }

    public static async Task LoginAsync(IPage page, string userName)
    {
        await page.GotoAsync("/admin/login");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", CmsWebFactory.UserPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/admin/login", StringComparison.Ordinal));
    }

    /// <summary>Clicks a review button (提交审核, 审核通过并发布 …) on a content item's edit page and waits for the answer.</summary>
    public static async Task ReviewActionAsync(IPage page, string contentItemId, string button)
    {
        await page.GotoAsync($"/admin/content/{contentItemId}/edit");
        await page.ClickAsync($"button:has-text('{button}')");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}

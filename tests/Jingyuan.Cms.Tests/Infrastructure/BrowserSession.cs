using System.Collections.Concurrent;
using System.Text;
using Microsoft.Playwright;

namespace Jingyuan.Cms.Tests.Infrastructure;

/// <summary>
/// A headless Chromium driven by Playwright: the machine's own Chromium (<see cref="TestEnvironment.ChromiumPath"/>),
/// never a browser Playwright downloads. Requests to anything but this machine (localhost, 127.0.0.0/8, [::1])
/// and inline data are blocked and recorded in <see cref="ExternalRequests"/>: the site must load nothing
/// from the internet, and tests can assert that the list stays empty.
/// <code>
/// await using var browser = await BrowserSession.StartAsync();
/// var page = await browser.NewPageAsync();
/// await page.GotoAsync(url);
/// Assert.Empty(await Axe.SeriousViolationsAsync(page));
/// await browser.SaveScreenshotAsync(page, "home");
/// </code>
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>Flags for Chromium on a machine with no network but the package registries: no background traffic.</summary>
    public static readonly IReadOnlyList<string> ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    readonly IPlaywright _playwright;
    readonly ConcurrentQueue<string> _externalRequests = new();
    readonly ConcurrentQueue<string> _consoleErrors = new();

    public IBrowser Browser { get; }

    /// <summary>URLs of blocked requests to hosts other than this machine.</summary>
    public IReadOnlyCollection<string> ExternalRequests => _externalRequests;

    /// <summary>Console errors and uncaught page errors of the pages opened through <see cref="NewPageAsync"/>.</summary>
    public IReadOnlyCollection<string> ConsoleErrors => _consoleErrors;

    BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    /// <summary>Launches Chromium; skips the test (fails it under CI) when Chromium is not installed.</summary>
    public static async Task<BrowserSession> StartAsync()
    {
        var executable = TestEnvironment.RequireChromium();
        // Never let Playwright fetch browsers of its own: this machine reaches no download host.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = ChromiumArgs,
                Timeout = 60_000,
            });
            return new BrowserSession(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A page in a fresh context (own cookies), zh-CN, Beijing time, with external requests blocked.
    /// Default viewport 1280×800; pass 360×740 for a small phone.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, string? baseUrl = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            BaseURL = baseUrl,
            IsMobile = width < 600,
            HasTouch = width < 600,
        });
        await context.RouteAsync("**/*", async route =>
        {
            if (IsLocal(route.Request.Url))
            {
                await route.ContinueAsync();
            }
            else
            {
                _externalRequests.Enqueue(route.Request.Url);
                await route.AbortAsync("blockedbyclient");
            }
        });
        // The suite shares two cores with the site and the databases; a slow page under that load is not a failure.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                _consoleErrors.Enqueue(message.Text);
        };
        page.PageError += (_, error) => _consoleErrors.Enqueue(error);
        return page;
    }

    /// <summary>
    /// Saves a PNG of the page to TestResults/screenshots/{name}.png under the test output folder
    /// and returns its full path.
    /// </summary>
    public async Task<string> SaveScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        var path = ScreenshotPath(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    /// <summary>Where <see cref="SaveScreenshotAsync"/> writes the screenshot called <paramref name="name"/>.</summary>
    public static string ScreenshotPath(string name) =>
        Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots", SafeFileName(name) + ".png");

    internal static bool IsLocal(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return false;
        if (uri.Scheme is "data" or "blob" or "about")
            return true;
        if (uri.Scheme is not ("http" or "https" or "ws" or "wss"))
            return false;
        return uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
    }

    static string SafeFileName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
            sb.Append(invalid.Contains(c) || c is '/' or '\\' or ' ' ? '-' : c);
        return sb.Length == 0 ? "screenshot" : sb.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Browser.CloseAsync();
        }
        finally
        {
            _playwright.Dispose();
        }
    }
}

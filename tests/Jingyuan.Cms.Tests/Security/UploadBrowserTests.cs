using Jingyuan.Cms.Tests.Browser;
using Jingyuan.Cms.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>
/// The attack of the review, in Chromium: an SVG/HTML "photo" that is a page, and a GIF that is a script,
/// stored as the browser claimed (as before uploads were judged by their bytes) on a published record, then
/// opened from a page of the site in every way a page can pull them in. No script of theirs may run.
/// </summary>
public sealed class UploadBrowserTests
{
    [Fact]
    public async Task A_stored_svg_or_html_upload_opened_from_the_site_runs_no_script()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var site = await BrowserSite.StartAsync();
        var baseUrl = BrowserSite.BaseUrl(site);
        var services = site.Factory.Services;
        await UploadCorpusTests.DefineTypeAsync(services);
        var svg = await UploadCorpusTests.LegacyFileAsync(services, site.Root.DataFolder, "photo.png", "image/svg+xml", UploadSamples.Svg());
        var html = await UploadCorpusTests.LegacyFileAsync(services, site.Root.DataFolder, "photo.html", "text/html", UploadSamples.Html());
        var script = await UploadCorpusTests.LegacyFileAsync(services, site.Root.DataFolder, "photo.gif", "application/javascript", UploadSamples.GifJavaScriptPolyglot());
        await UploadCorpusTests.PublishAsync(services, [svg, html, script], []);

        var page = await browser.NewPageAsync(baseUrl: baseUrl);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) => { dialogs.Add(dialog.Message); await dialog.DismissAsync(); };
        await page.GotoAsync("/");
        await page.EvaluateAsync(@"([svg, html, script]) => new Promise(resolve => {
            let pending = 0;
            const add = (tag, attrs) => {
                const el = document.createElement(tag);
                pending++;
                const done = () => { if (--pending === 0) setTimeout(resolve, 500); };
                el.addEventListener('load', done); el.addEventListener('error', done);
                Object.assign(el, attrs);
                document.body.appendChild(el);
            };
            for (const url of [svg, html]) {
                add('iframe', { src: url });
                add('object', { data: url });
                add('embed', { src: url });
                add('img', { src: url });
            }
            add('script', { src: script });
            setTimeout(resolve, 5000);
        })", new[] { svg.Url, html.Url, script.Url });

        Assert.Null(await page.EvaluateAsync<string?>("() => window.__pwned ?? null"));
        Assert.Empty(dialogs);
        // A frame that shows a file at all (an attachment leaves its frame blank) shows it in an opaque,
        // sandboxed origin: never a page of the site's origin that could run script.
        foreach (var frame in page.Frames.Where(f => f != page.MainFrame && f.Url.Contains("/media/", StringComparison.Ordinal)))
        {
            string origin;
            try { origin = await frame.EvaluateAsync<string>("() => String(window.origin)"); }
            catch (PlaywrightException) { origin = "unreachable"; }
            Assert.NotEqual(baseUrl, origin);
        }
    }
}

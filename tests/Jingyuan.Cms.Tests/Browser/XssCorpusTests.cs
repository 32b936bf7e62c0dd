using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Infrastructure;
using Jingyuan.Cms.Tests.Portal;
using Jingyuan.Cms.Tests.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jingyuan.Cms.Tests.Browser;

/// <summary>
/// The XSS corpus (<see cref="XssPayloads"/>) written into every field kind of notices and of 产业项目
/// (extended with a part holding one field of each kind), saved twice, submitted and published through the
/// admin's HTTP endpoints, then opened in Chromium on every page that shows them. A page fails when a payload
/// runs (calls <c>__xss</c>, opens a dialog, or is stopped only by the CSP), when a form posts to another
/// origin or a password input appears, when anything loads from elsewhere, or when a large fixed, absolute
/// or sticky box that is not the site's own chrome is on the page.
/// </summary>
public sealed partial class XssCorpusTests
{
    private const string Editor = "xss-editor";
    private const string Reviewer = "xss-reviewer";
    private const string Auditor = "xss-auditor";
    private const string Marker = "XSSMARK";
    private const string Probe = "XssProbe";
    private const int Chunk = 10;

    [Fact]
    public async Task No_payload_in_any_field_runs_posts_elsewhere_or_covers_any_public_or_admin_page()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var site = await BrowserSite.StartAsync(b => b.UseSetting("Search:PollIntervalSeconds", "0.2"));
        var baseUrl = BrowserSite.BaseUrl(site);
        var unit = await site.DepartmentAsync("农业农村局");
        var coordinator = await site.DepartmentAsync("乡村振兴局");
        await site.CreateUserAsync(Editor, BuiltInRoles.DepartmentEditor, unit.Id);
        await site.CreateUserAsync(Reviewer, BuiltInRoles.Reviewer, coordinator.Id);
        await site.CreateUserAsync(Auditor, BuiltInRoles.Auditor, null);
        var siteId = await AddProbePartAsync(site);

        var editor = await HttpLoginAsync(baseUrl, Editor);
        var reviewer = await HttpLoginAsync(baseUrl, Reviewer);
        var chunks = XssPayloads.All.Chunk(Chunk).Select(c => string.Join("\n", c)).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var png = TestImages.Png(4, 4);

        // Notices: the HTML body, texts, forged-looking file names; one chunk of payloads each.
        var notices = new List<string>();
        for (var i = 0; i < chunks.Count; i++)
        {
            var n = i;
            string[] Fields(bool full) =>
            [
                "DisplayText", $"{Marker} 公示{n} <script>__xss('title{n}')</script>\"><img src=x onerror=__xss('t{n}')>",
                "Year", "2023",
                "f.Kind", "公示",
                "f.IssuingDepartment", unit.Id.ToString(),
                "f.Body", (full ? chunks[n] : XssPayloads.All[n]) + $"<p>{Marker}正文</p>",
                "f.PublishDate", today.ToString("yyyy-MM-dd"),
                "f.PeriodStart", today.AddDays(-1).ToString("yyyy-MM-dd"),
                "f.PeriodEnd", today.AddDays(5).ToString("yyyy-MM-dd"),
                "f.ObjectionPhone", "0954-5011234",
                "f.ObjectionAddress", Shorten(chunks[n], 200),
            ];
            var id = await SaveAsync(editor, "/admin/content/new/Notice", "/admin/content/new/Notice", Fields(false), []);
            await SaveAsync(editor, $"/admin/content/{id}/edit", $"/admin/content/{id}/edit", Fields(true),
                [("f.Attachments", $"<img src=x onerror=__xss('file{n}')>{n}.png", png)]);
            notices.Add(id);
        }

        // 产业项目 with one field of each kind: payloads in texts, HTML, file names, the choice options themselves.
        var projects = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var n = i;
            var chunk = chunks[(n * 2) % chunks.Count];
            string[] Fields(bool full) =>
            [
                "DisplayText", $"{Marker} 项目{n} <svg onload=__xss('p{n}')>",
                "Year", "2023",
                "f.Industry", "肉牛", "f.Township", "黄花乡", "f.Stage", "在建",
                "f.Investment", "120", "f.LinkageFund", "100", "f.SocialFund", "20",
                "f.Scope", Shorten(chunk, 2000),
                "f.ProbeText", Shorten(chunk, 500),
                "f.ProbeLong", Shorten(string.Join("\n", XssPayloads.All), int.MaxValue),
                "f.ProbeHtml", (full ? chunks[(n * 2 + 1) % chunks.Count] : chunk) + $"<p>{Marker}</p>",
                "f.ProbeNumber", "12.5",
                "f.ProbeDate", today.ToString("yyyy-MM-dd"),
                "f.ProbeBool", "true",
                "f.ProbeChoice", ProbeOptions[n],
                "f.ProbeMulti", ProbeOptions[0], "f.ProbeMulti", ProbeOptions[2],
                "f.ProbeLink", notices[0],
                "f.ProbeDept", unit.Id.ToString(),
                "f.ProbeSite", siteId.ToString(),
            ];
            var id = await SaveAsync(editor, "/admin/content/new/IndustryProject", "/admin/content/new/IndustryProject", Fields(false), []);
            await SaveAsync(editor, $"/admin/content/{id}/edit", $"/admin/content/{id}/edit", Fields(true),
                [("f.ProbeFiles", $"'><svg onload=__xss('pf{n}')>{n}.png", png)]);
            projects.Add(id);
        }

        var all = notices.Concat(projects).ToList();
        foreach (var id in all) await ActAsync(editor, id, "submit");
        foreach (var id in all) await ActAsync(reviewer, id, "publish");
        foreach (var id in all)
            Assert.NotNull(await site.WithServicesAsync(sp => sp.GetRequiredService<IContentManager>().GetPublishedAsync(id)));

        var failures = new ConcurrentQueue<string>();

        // The public: every page that shows them.
        var visitor = await WatchedPageAsync(browser, baseUrl, failures);
        await VisitAsync(visitor, "/", failures);
        await VisitAsync(visitor, "/notices", failures);
        foreach (var id in notices) await VisitAsync(visitor, $"/notices/{id}", failures);
        foreach (var id in projects) await VisitAsync(visitor, $"/records/{id}", failures);
        await SearchAsync(visitor, all.Count, failures);

        // The reviewer: lists, editors, history with a diff, the review preview.
        var admin = await WatchedPageAsync(browser, baseUrl, failures);
        await BrowserSite.LoginAsync(admin, Reviewer);
        await VisitAsync(admin, "/admin/content?type=Notice", failures);
        await VisitAsync(admin, "/admin/content?type=IndustryProject", failures);
        foreach (var id in all)
        {
            await VisitAsync(admin, $"/admin/content/{id}/edit", failures);
            await VisitAsync(admin, $"/admin/content/{id}/history?from=1&to=2", failures);
            await VisitAsync(admin, $"/admin/content/{id}/review", failures);
        }

        // Values no form offers (forged choices, numbers, dates, ids) come back on the refused form.
        var forger = await WatchedPageAsync(browser, baseUrl, failures);
        await BrowserSite.LoginAsync(forger, Editor);
        await forger.GotoAsync("/admin/content/new/IndustryProject");
        var forged = XssPayloads.All.Take(12).ToList();
#pragma warning disable CS0612 // the form is forged by script, so there is no click to wait on with the newer API
        await forger.RunAndWaitForNavigationAsync(() => forger.EvaluateAsync(ForgeScript, new Dictionary<string, string>
        {
            ["DisplayText"] = forged[0], ["Year"] = forged[1], ["f.Industry"] = forged[2], ["f.ProbeNumber"] = forged[3],
            ["f.ProbeDate"] = forged[4], ["f.ProbeChoice"] = forged[5], ["f.ProbeMulti"] = forged[6], ["f.ProbeLink"] = forged[7],
            ["f.ProbeDept"] = forged[8], ["f.ProbeSite"] = forged[9], ["f.Township"] = forged[10], ["f.Investment"] = forged[11],
        }));
#pragma warning restore CS0612
        await forger.WaitForLoadStateAsync(LoadState.Load);
        Assert.Contains("/admin/content/new/IndustryProject", forger.Url);
        await CheckAsync(forger, "refused forged form", failures);

        // The audit trail names the items by their titles.
        var auditor = await WatchedPageAsync(browser, baseUrl, failures);
        await BrowserSite.LoginAsync(auditor, Auditor);
        await VisitAsync(auditor, "/admin/audit", failures);

        foreach (var url in browser.ExternalRequests) failures.Enqueue($"loaded from elsewhere: {url}");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Distinct()));
    }

    private static readonly string[] ProbeOptions =
        ["<img src=x onerror=__xss('opt0')>", "\"><script>__xss('opt1')</script>", "<a href=javascript:__xss('opt2')>甲</a>"];

    /// <summary>One field of each kind, on a part added to 产业项目 (public, with a record page). Returns a site id.</summary>
    private static Task<int> AddProbePartAsync(PortalSite site) => site.WithServicesAsync(async sp =>
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        await definitions.SavePartAsync(new ContentPartDefinition
        {
            Name = Probe,
            Fields =
            [
                new() { Name = "ProbeText", Label = "文本<img src=x onerror=__xss('label')>", Kind = FieldKind.Text, Order = 101 },
                new() { Name = "ProbeLong", Label = "长文本", Kind = FieldKind.LongText, Order = 102 },
                new() { Name = "ProbeHtml", Label = "富文本", Kind = FieldKind.Html, Order = 103 },
                new() { Name = "ProbeNumber", Label = "数量", Kind = FieldKind.Number, Order = 104,
                        Settings = new FieldSettings { Unit = "<script>__xss('unit')</script>头" } },
                new() { Name = "ProbeDate", Label = "日期", Kind = FieldKind.Date, Order = 105 },
                new() { Name = "ProbeBool", Label = "是否", Kind = FieldKind.Boolean, Order = 106 },
                new() { Name = "ProbeChoice", Label = "单选", Kind = FieldKind.Choice, Order = 107, Settings = new FieldSettings { Options = [.. ProbeOptions] } },
                new() { Name = "ProbeMulti", Label = "多选", Kind = FieldKind.MultiChoice, Order = 108, Settings = new FieldSettings { Options = [.. ProbeOptions] } },
                new() { Name = "ProbeLink", Label = "关联", Kind = FieldKind.ContentLink, Order = 109 },
                new() { Name = "ProbeDept", Label = "单位", Kind = FieldKind.Department, Order = 110 },
                new() { Name = "ProbeSite", Label = "安置区", Kind = FieldKind.Site, Order = 111 },
                new() { Name = "ProbeFiles", Label = "照片", Kind = FieldKind.Files, Order = 112,
                        Settings = new FieldSettings { AllowedExtensions = [".png"] } },
            ],
        });
        var type = (await definitions.GetTypeAsync("IndustryProject"))!.Type;
        type.Parts = [.. type.Parts, Probe];
        await definitions.SaveTypeAsync(type);
        return (await sp.GetRequiredService<IPlanStore>().ListSitesAsync())[0].Id;
    });

    // Plain-text fields refuse bidi and zero-width characters outright (ContentInputRulesTests); here they
    // are left out of plain text so the rest of the payload is stored and rendered, and stay in the HTML field.
    private static string Shorten(string text, int max)
    {
        var plain = Invisible().Replace(text, "");
        return plain.Length <= max ? plain : plain[..max];
    }

    [System.Text.RegularExpressions.GeneratedRegex("[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]")]
    private static partial System.Text.RegularExpressions.Regex Invisible();

    private static async Task<TestClient> HttpLoginAsync(string baseUrl, string userName)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        var client = new TestClient(new HttpClient(handler) { BaseAddress = new Uri(baseUrl) });
        var response = await client.PostFormAsync("/admin/login", "/admin/login",
            new() { ["UserName"] = userName, ["Password"] = CmsWebFactory.UserPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts the content form as the browser does (multipart, token, stamp) and returns the saved item's id.</summary>
    private static async Task<string> SaveAsync(TestClient client, string formPage, string action, string[] fields,
        IEnumerable<(string Name, string FileName, byte[] Bytes)> files)
    {
        var page = await client.GetPageAsync(formPage);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent(WebUtility.HtmlDecode(StampPattern().Match(page).Groups[1].Value)), "stamp" },
        };
        for (var i = 0; i < fields.Length; i += 2) content.Add(new StringContent(fields[i + 1]), fields[i]);
        foreach (var (name, fileName, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new("image/png");
            content.Add(file, name, fileName);
        }
        var response = await client.Http.PostAsync(action, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"saving at {action} answered {(int)response.StatusCode}: {string.Join(" | ", ErrorPattern().Matches(body).Select(m => m.Value))}");
        return IdPattern().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
    }

    private static async Task ActAsync(TestClient client, string id, string action)
    {
        var token = await client.TokenFromAsync($"/admin/content/{id}/edit");
        var response = await client.PostWithTokenAsync($"/admin/content/{id}/{action}", token, []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>A page whose every frame reports payloads that run, dialogs, and scripts only the CSP stopped.</summary>
    private static async Task<IPage> WatchedPageAsync(BrowserSession browser, string baseUrl, ConcurrentQueue<string> failures)
    {
        var page = await browser.NewPageAsync(baseUrl: baseUrl);
        await page.Context.AddInitScriptAsync(Sentinel);
        page.Console += (_, m) =>
        {
            if (m.Text.StartsWith("__XSS__", StringComparison.Ordinal) || m.Text.StartsWith("__CSP__", StringComparison.Ordinal))
                failures.Enqueue($"{page.Url}: {m.Text}");
        };
        page.Dialog += async (_, d) =>
        {
            failures.Enqueue($"{page.Url}: dialog {d.Message}");
            await d.DismissAsync();
        };
        return page;
    }

    private static async Task VisitAsync(IPage page, string url, ConcurrentQueue<string> failures)
    {
        var response = await page.GotoAsync(url);
        if (response is null || !response.Ok) failures.Enqueue($"{url}: answered {response?.Status}");
        await CheckAsync(page, url, failures);
    }

    private static async Task CheckAsync(IPage page, string what, ConcurrentQueue<string> failures)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        foreach (var problem in await page.EvaluateAsync<string[]>(Inspect)) failures.Enqueue($"{what}: {problem}");
        if (await page.EvaluateAsync<int>("() => (window.__xssHits || []).length") > 0) failures.Enqueue($"{what}: __xss ran");
    }

    private static async Task SearchAsync(IPage page, int expected, ConcurrentQueue<string> failures)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await page.GotoAsync($"/search?q={Marker}");
            if (await page.Locator(".jy-search-result-title a").CountAsync() >= Math.Min(expected, 10))
            {
                await CheckAsync(page, "/search", failures);
                return;
            }
            await Task.Delay(200);
        }
        failures.Enqueue("search never listed every published item");
    }

    private const string Sentinel = """
        (() => {
          window.__xssHits = [];
          window.__xss = n => { window.__xssHits.push(n); console.log('__XSS__ ' + n); };
          for (const f of ['alert', 'confirm', 'prompt']) window[f] = m => window.__xss(f + ':' + m);
          document.addEventListener('securitypolicyviolation', e => {
            if (/^(script|object|frame|child|base|form)/.test(e.effectiveDirective))
              console.log('__CSP__ ' + e.effectiveDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
          });
        })();
        """;

    /// <summary>What a page must not have: forms or form buttons posting elsewhere, password inputs, a base,
    /// a refresh, frames or plug-ins, and large positioned boxes other than the site's own chrome.</summary>
    private const string Inspect = """
        () => {
          const bad = [];
          const own = u => { try { return new URL(u, location.href).origin === location.origin; } catch { return false; } };
          for (const f of document.forms) if (!own(f.action)) bad.push('form posts to ' + f.action);
          for (const b of document.querySelectorAll('[formaction]')) if (!own(b.formAction)) bad.push('button posts to ' + b.formAction);
          if (document.querySelector('input[type=password]')) bad.push('password input');
          for (const s of ['base', 'meta[http-equiv="refresh" i]', 'iframe', 'object', 'embed', 'link[href^="http"]']) {
            const e = document.querySelector(s);
            if (e) bad.push(s + ': ' + e.outerHTML.slice(0, 120));
          }
          for (const img of document.images) if (img.getAttribute('src') && !own(img.src)) bad.push('image from ' + img.src);
          // The site's own positioned parts: skip links, the admin bars, the home page's chart (ECharts draws absolute).
          const chrome = '.jy-skip-link, .jy-admin-topbar, .jy-admin-sidebar, #chapter-chart, #chapter-chart *';
          for (const e of document.querySelectorAll('body *')) {
            const cs = getComputedStyle(e);
            if (!['fixed', 'absolute', 'sticky'].includes(cs.position) || e.matches(chrome)) continue;
            const r = e.getBoundingClientRect();
            if (cs.display !== 'none' && cs.visibility !== 'hidden' && r.width * r.height > 20000)
              bad.push(cs.position + ' overlay ' + Math.round(r.width) + 'x' + Math.round(r.height) + ': ' + e.outerHTML.slice(0, 120));
          }
          return bad;
        }
        """;

    /// <summary>Replaces the named inputs of the editor with hidden ones carrying any value, then posts the form.</summary>
    private const string ForgeScript = """
        values => {
          const form = document.querySelector('form[enctype]');
          for (const [name, value] of Object.entries(values)) {
            for (const e of form.querySelectorAll(`[name="${name}"]`)) e.remove();
            const input = document.createElement('input');
            input.type = 'hidden'; input.name = name; input.value = value;
            form.appendChild(input);
          }
          form.submit();
        }
        """;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"stamp\" value=\"([^\"]*)\"")]
    private static partial Regex StampPattern();

    [GeneratedRegex("/admin/content/([0-9a-f]{32})/edit")]
    private static partial Regex IdPattern();

    [GeneratedRegex("(?<=invalid-feedback[^>]*>)[^<]+|(?<=alert-danger[^>]*>)[^<]+")]
    private static partial Regex ErrorPattern();
}

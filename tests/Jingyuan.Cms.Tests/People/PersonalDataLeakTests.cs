using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.People;

/// <summary>
/// Every record type with personal fields (each chapter module's people ledgers, and a public ledger an
/// administrator built from <see cref="PersonFields"/>) gets a published record whose personal values are
/// unique markers; then the whole public site is crawled from its home page — pages, record pages, search,
/// the notice feed and the open-data files — and no marker may appear anywhere.
/// </summary>
public sealed partial class PersonalDataLeakTests
{
    private const string AdminLedger = "LeakTestLedger";
    private const int PageLimit = 600;

    [Fact]
    public async Task No_personal_value_of_any_ledger_reaches_a_public_page_search_the_feed_or_open_data()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        await DefinePublicPeopleLedgerAsync(site);

        var seeded = await site.WithServicesAsync(sp => PeopleRecords.PublishOneOfEachAsync(sp));
        Assert.Contains(seeded.Types, t => t == AdminLedger);
        Assert.True(seeded.Types.Count >= 2, "expected the admin ledger and at least one module ledger with personal fields");

        using var visitor = site.AnonymousClient();
        var pages = await CrawlAsync(visitor.Http, ["/", "/notices", "/notices/feed", "/plan/2023/downloads",
            .. seeded.Secrets.Append(seeded.PublicMarker).Select(s => "/search?q=" + Uri.EscapeDataString(s))]);

        foreach (var pg in pages.Where(p => p.Url.Contains("search") || p.Url.Contains("records") || p.Url.Contains("chapters/1"))) Console.WriteLine("DBG " + pg.Url + " :: " + pg.Body.Length + " " + (pg.Body.Contains("台账记录") ? "has" : "no"));
        Console.WriteLine("DBG types " + string.Join(",", seeded.Types));
        // The crawl reached the public record of the admin ledger: its public text is there, its person is not.
        Assert.Contains(pages, p => p.Body.Contains(seeded.PublicMarker, StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Url.EndsWith(".csv", StringComparison.Ordinal) || p.Url.Contains("data.csv", StringComparison.Ordinal));
        foreach (var secret in seeded.Secrets)
            foreach (var page in pages)
                Assert.False(page.Body.Contains(secret, StringComparison.Ordinal), $"{page.Url} shows the personal value {secret}");
    }

    private static Task DefinePublicPeopleLedgerAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        await definitions.SaveTypeAsync(new ContentTypeDefinition
        {
            Name = AdminLedger, DisplayName = "受益人员公开台账", Parts = [AdminLedger], PublicVisible = true, PlanChapter = 1,
        });
        await definitions.SavePartAsync(new ContentPartDefinition
        {
            Name = AdminLedger, DisplayName = "受益人员公开台账",
            Fields = [new() { Name = "Note", Label = "说明", Kind = FieldKind.Text, Order = 1 }, .. PersonFields.Create()],
        });
        return true;
    });

    private sealed record Page(string Url, string Body);

    /// <summary>Follows every same-site link (not the admin) from the start pages, reading xlsx files as their XML.</summary>
    private static async Task<List<Page>> CrawlAsync(HttpClient http, IEnumerable<string> start)
    {
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(queue);
        var pages = new List<Page>();
        while (queue.Count > 0 && pages.Count < PageLimit)
        {
            var url = queue.Dequeue();
            using var response = await http.GetAsync(url);
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found && response.Headers.Location is { } to)
            {
                if (seen.Add(to.OriginalString) && IsPublic(to.OriginalString)) queue.Enqueue(to.OriginalString);
                continue;
            }
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var body = url.Contains(".xlsx", StringComparison.Ordinal) ? XlsxText(bytes) : Encoding.UTF8.GetString(bytes);
            pages.Add(new Page(url, WebUtility.HtmlDecode(url.StartsWith("/search", StringComparison.Ordinal) ? SearchResults(body) : body)));
            foreach (Match link in Link().Matches(body))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0];
                if (href.Length > 0 && IsPublic(href) && seen.Add(href)) queue.Enqueue(href);
            }
        }
        return pages;
    }

    private static bool IsPublic(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
        && !href.StartsWith("/admin", StringComparison.Ordinal) && !href.StartsWith("/_content", StringComparison.Ordinal)
        && !href.StartsWith("/media", StringComparison.Ordinal) && !href.StartsWith("/lib", StringComparison.Ordinal);

    /// <summary>A search page repeats the visitor's own query; what it found is the results list.</summary>
    private static string SearchResults(string html)
    {
        var start = html.IndexOf("jy-search-results", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</ol>", start, StringComparison.Ordinal)];
    }

    private static string XlsxText(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Link();
}

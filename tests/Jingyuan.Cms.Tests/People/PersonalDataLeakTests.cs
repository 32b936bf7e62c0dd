using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Search.Services;
using Jingyuan.Cms.Modules.Employment.Models;
using Jingyuan.Cms.Modules.SocialSecurity.Models;
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
        Assert.Superset(InternalPeopleLedgers, seeded.Types.ToHashSet());
        // The index follows the task log in the background; searched before it caught up, an empty result would prove nothing.
        await site.Services.GetRequiredService<SearchIndexer>().CatchUpAsync(TestContext.Current.CancellationToken);

        using var visitor = site.AnonymousClient();
        string[] start = ["/", "/notices", "/notices/feed", "/plan/2023/downloads", "/plan/2023/chapters/6", "/plan/2023/chapters/2",
            .. seeded.Ids.Values.Select(id => "/records/" + id),
            .. seeded.Secrets.Append(seeded.PublicMarker).Select(s => "/search?q=" + Uri.EscapeDataString(s))];
        var pages = await CrawlAsync(visitor.Http, start);

        // Positive controls: the scan does see what is public, so finding no personal value means something.
        var adminRecord = "/records/" + seeded.Ids[AdminLedger];
        Assert.Contains(pages, p => p.Url == adminRecord && p.Body.Contains(seeded.PublicMarker, StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Url == "/search?q=" + Uri.EscapeDataString(seeded.PublicMarker) && p.Body.Contains(adminRecord, StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Url.EndsWith(".xlsx", StringComparison.Ordinal) && p.Body.Length > 0);
        Assert.Contains(pages, p => p.Url.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Url == "/plan/2023/chapters/6" && p.Body.Contains("jy-tally-table", StringComparison.Ordinal));
        // The internal ledgers (防返贫监测对象 among them) have no public record page.
        foreach (var type in InternalPeopleLedgers)
            Assert.Contains(pages, p => p.Url == "/records/" + seeded.Ids[type] && p.Status == HttpStatusCode.NotFound);

        foreach (var secret in seeded.Secrets)
            foreach (var page in pages)
                Assert.False(page.Body.Contains(secret, StringComparison.Ordinal), $"{page.Url} shows the personal value {secret}");
    }

    /// <summary>Chapter 六's ledgers naming people; all internal, 防返贫监测对象 with a public tally.</summary>
    private static readonly HashSet<string> InternalPeopleLedgers =
    [
        nameof(PensionTransfer), nameof(FlexibleEmploymentSubsidy), nameof(MonitoredHousehold), nameof(AssistanceCase),
        nameof(HukouTransfer), nameof(ContractLandRights),
        nameof(EmploymentRecord), nameof(PublicWelfarePost), nameof(EmploymentSubsidy),
    ];

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

    private sealed record Page(string Url, HttpStatusCode Status, string Body);

    /// <summary>Follows every same-site link (not the admin) from the start pages, reading xlsx files as their XML.</summary>
    private static async Task<List<Page>> CrawlAsync(HttpClient http, IEnumerable<string> start)
    {
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(queue);
        var pages = new List<Page>();
        while (queue.Count > 0 && pages.Count < PageLimit)
        {
            var url = queue.Dequeue();
            using var response = await http.GetAsync(url, TestContext.Current.CancellationToken);
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found && response.Headers.Location is { } to)
            {
                if (seen.Add(to.OriginalString) && IsPublic(to.OriginalString)) queue.Enqueue(to.OriginalString);
                continue;
            }
            var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            var body = url.Contains(".xlsx", StringComparison.Ordinal) ? XlsxText(bytes) : Encoding.UTF8.GetString(bytes);
            pages.Add(new Page(url, response.StatusCode, WebUtility.HtmlDecode(url.StartsWith("/search", StringComparison.Ordinal) ? SearchResults(body) : body)));
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

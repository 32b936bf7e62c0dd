using System.Net;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules.SocialSecurity.Models;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.Modules.SocialSecurity;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.People;

/// <summary>
/// The public tally of 防返贫监测对象 (by category, share with risk eliminated): it follows the published
/// ledger, counts distinct persons by ID number, shows counts under 3 as "&lt;3" and hides shares of fewer
/// than 3 persons, on the public chapter page of an internal, restricted ledger whose records stay hidden.
/// </summary>
public sealed class PublicTallyTests
{
    private const string Title = "防返贫监测对象按类别统计";
    private const string Edge = "边缘易致贫户";
    private const string Unstable = "脱贫不稳定户";

    [Theory, ClassData(typeof(Databases))]
    public async Task Tally_follows_publish_edit_and_unpublish_and_the_public_page_shows_only_suppressed_aggregates(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await IndustryTestData.SeedPlanAsync(site);
        var (first, second) = (await SocialSecurityTestData.SiteIdAsync(site, 0), await SocialSecurityTestData.SiteIdAsync(site, 1));

        // Persons 1–4 at the first site, 1 and 2 out of risk; person 1 again (same ID number) at the second site.
        var households = new List<ContentItem>();
        for (var n = 1; n <= 4; n++)
            households.Add(await SocialSecurityTestData.PublishAsync(site, await HouseholdAsync(site, n, first, Edge, eliminated: n <= 2)));
        await SocialSecurityTestData.PublishAsync(site, await HouseholdAsync(site, 1, second, Unstable, eliminated: false));
        await IndustryTestData.SaveAsync(site, await HouseholdAsync(site, 9, first, Edge, eliminated: false)); // a draft counts for nothing

        var county = await CountyAsync(site);
        Assert.Equal((4, 2), (county[""].Persons, county[""].Positive));
        Assert.Equal(4, county[Edge].Persons);
        Assert.Equal(1, county[Unstable].Persons);
        Assert.Equal(4, (await RowAsync(site, first)).Persons);
        Assert.Equal(1, (await RowAsync(site, second)).Persons);

        // Edit: person 4 becomes 脱贫不稳定户 in a new published version.
        await site.WithContentAsync(async c =>
        {
            var latest = (await c.GetLatestAsync(households[3].ContentItemId))!;
            latest.Set(nameof(MonitoredHousehold.Category), Unstable);
            await c.SaveDraftAsync(latest, null);
            return await c.SubmitAndPublishAsync(latest.ContentItemId);
        });
        county = await CountyAsync(site);
        Assert.Equal((3, 2), (county[Edge].Persons, county[Unstable].Persons));

        // Unpublish person 3: persons 1, 2 and 4 remain, two of them out of risk.
        await site.WithContentAsync(c => c.UnpublishAsync(households[2].ContentItemId, "数据有误"));
        county = await CountyAsync(site);
        Assert.Equal((3, 2), (county[""].Persons, county[""].Positive));
        Assert.Equal((2, 2), (county[Edge].Persons, county[Unstable].Persons));

        using var visitor = site.AnonymousClient();
        var page = WebUtility.HtmlDecode(await visitor.Http.GetStringAsync("/plan/2023/chapters/6", TestContext.Current.CancellationToken));
        Assert.Contains(Title, page);
        var tableStart = page.IndexOf("id=\"tally-6-1-table\"", StringComparison.Ordinal);
        Assert.True(tableStart > 0, "the chapter page has no tally table");
        var table = page[tableStart..page.IndexOf("</table>", tableStart, StringComparison.Ordinal)];
        // The first site: 3 persons, 66.7 % out of risk; categories of 2 show as "<3". The second site: 1 person, no share.
        Assert.Contains("66.7%", table);
        Assert.Contains("<3", table);
        Assert.DoesNotContain(">1<", table);
        Assert.DoesNotContain(">2<", table);
        Assert.Contains("—", table);
        var chart = page[page.IndexOf("tally-6-1-data", StringComparison.Ordinal)..];
        Assert.Contains("null", chart[..chart.IndexOf("</script>", StringComparison.Ordinal)]);

        // The ledger itself stays internal: no record page, no person on the chapter page.
        var record = await visitor.Http.GetAsync($"/records/{households[0].ContentItemId}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, record.StatusCode);
        Assert.DoesNotContain(SocialSecurityTestData.IdNumber(1), page);
        Assert.DoesNotContain("监测户 ", page);
    }

    [Fact]
    public async Task A_site_given_its_township_later_regroups_the_stored_tally()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        var first = await SocialSecurityTestData.SiteIdAsync(site, 0);
        await SocialSecurityTestData.PublishAsync(site, await HouseholdAsync(site, 1, first, Edge, eliminated: false));
        Assert.Equal(PublicTallyStore.UnknownTownship, (await RowAsync(site, first)).Township); // the seed's sites name no township

        await site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ResettlementSite>()
            .Where(s => s.Id == first).ExecuteUpdateAsync(u => u.SetProperty(s => s.Township, "香水镇"), TestContext.Current.CancellationToken));
        Assert.Equal("香水镇", (await RowAsync(site, first)).Township);
    }

    [Fact]
    public void A_person_in_two_villages_of_a_township_counts_once_in_the_township()
    {
        var tally = new PublicTally { ContentType = "T", Title = "t", By = TallyBy.TownshipAndVillage, Categories = ["甲"] };
        var sites = new Dictionary<int, ResettlementSite>
        {
            [1] = new() { Id = 1, Name = "园子", Township = "香水镇" },
            [2] = new() { Id = 2, Name = "红旗", Township = "香水镇" },
        };
        var rows = PublicTallyCounter.Count(tally, [new("p1", 1, "甲", true), new("p1", 2, "甲", false), new("p2", 2, "甲", false), new("p3", null, null, false)], sites);

        int Persons(string township, int? siteId, string category = "") =>
            rows.Single(r => r.Township == township && r.SiteId == siteId && r.Category == category).Persons;
        Assert.Equal(1, Persons("香水镇", 1));
        Assert.Equal(2, Persons("香水镇", 2));
        Assert.Equal(2, Persons("香水镇", null));
        Assert.Equal(1, Persons(PublicTallyStore.UnknownTownship, null));
        Assert.Equal(3, Persons("", null));
        Assert.Equal(2, Persons("", null, "甲"));
        Assert.Equal(1, rows.Single(r => r.Township == "" && r.Category == "").Positive);
    }

    [Fact]
    public void A_tally_over_a_field_of_the_wrong_kind_is_refused_at_declaration()
    {
        var shape = new Jingyuan.Cms.Modules.SocialSecurity.SocialSecurityChapter().Describe("SocialSecurity").RecordShapes
            .Single(s => s.Type.Name == nameof(MonitoredHousehold));
        var tally = Assert.Single(shape.PublicTallies);
        Assert.Equal((Title, "Category", "RiskEliminated"), (tally.Title, tally.CountField, tally.ShareField));
        Assert.Equal(MonitoredHousehold.Categories, tally.Categories);

        var wrong = Assert.Throws<InvalidOperationException>(() => new WrongTallyChapter().Describe("Wrong"));
        Assert.Contains("Measures", wrong.Message);
    }

    private sealed class WrongTallyChapter : Jingyuan.Cms.Chapters.ChapterDefinition
    {
        public override int PlanChapter => 99;
        public override string Slug => "wrong";
        public override string Title => "wrong";
        public override void Define(Jingyuan.Cms.Chapters.ChapterBuilder chapter) => chapter.Record<MonitoredHousehold>("x", r => r
            .PersonDetails().LongText(x => x.Measures, "措施").PublicTally("错误", count: x => x.Measures));
    }

    private static async Task<ContentItem> HouseholdAsync(CmsWebFactory site, int n, int siteId, string category, bool eliminated)
    {
        var item = await SocialSecurityTestData.NewHouseholdAsync(site, $"测试户主{n}", n);
        item.Set(nameof(PersonRecord.PersonSite), siteId).Set(nameof(MonitoredHousehold.Category), category)
            .Set(nameof(MonitoredHousehold.RiskEliminated), eliminated);
        if (eliminated) item.Set(nameof(MonitoredHousehold.EliminatedOn), "2023-08-01");
        return item;
    }

    private static Task<IReadOnlyList<PublicTallyRecord>> RowsAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        var store = sp.GetRequiredService<PublicTallyStore>();
        return await store.ForYearAsync(IndustryTestData.Year, [.. store.Declared().Where(t => t.Title == Title)]);
    });

    private static async Task<Dictionary<string, PublicTallyRecord>> CountyAsync(CmsWebFactory site) =>
        (await RowsAsync(site)).Where(r => r.Township == "").ToDictionary(r => r.Category);

    private static async Task<PublicTallyRecord> RowAsync(CmsWebFactory site, int siteId) =>
        (await RowsAsync(site)).Single(r => r.SiteId == siteId && r.Category == "");
}

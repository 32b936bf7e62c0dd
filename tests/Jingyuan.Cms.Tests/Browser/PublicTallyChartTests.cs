using System.Text.Json.Nodes;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.SocialSecurity.Models;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.Infrastructure;
using Jingyuan.Cms.Tests.Modules.SocialSecurity;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Browser;

/// <summary>
/// The public chapter page of 六、保障体系 draws the 防返贫监测对象 tally as a chart next to its table, passes axe
/// at desktop and phone widths and shows "&lt;3" for small counts (screenshots: TestResults/screenshots/tally-*.png).
/// </summary>
public sealed class PublicTallyChartTests
{
    [Fact]
    public async Task The_chapter_page_draws_the_tally_chart_and_table_accessibly()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var site = await BrowserSite.StartAsync();
        await site.WithServicesAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var sites = await sp.GetRequiredService<IPlanStore>().ListSitesAsync();
            // Five households at the first site, one at the second: the second's counts show as "<3".
            for (var n = 1; n <= 6; n++)
            {
                var item = await contents.NewAsync(nameof(MonitoredHousehold));
                item.DisplayText = $"监测户 {n}";
                item.Year = 2023;
                item.Set(nameof(PersonRecord.PersonName), $"图表测试{n}").Set(nameof(PersonRecord.PersonIdNumber), SocialSecurityTestData.IdNumber(n))
                    .Set(nameof(PersonRecord.PersonSite), sites[n <= 5 ? 0 : 1].Id).Set(nameof(MonitoredHousehold.HouseholdSize), 3m)
                    .Set(nameof(MonitoredHousehold.Category), MonitoredHousehold.Categories[n % 2])
                    .Set(nameof(MonitoredHousehold.Risks), new JsonArray("因病"));
                await contents.SubmitAndPublishAsync((await contents.SaveDraftAsync(item, null)).ContentItemId);
            }
            return true;
        });

        var desktop = await browser.NewPageAsync(baseUrl: BrowserSite.BaseUrl(site));
        var phone = await browser.NewPageAsync(375, 812, BrowserSite.BaseUrl(site));
        foreach (var (page, width) in new[] { (desktop, "desktop"), (phone, "phone") })
        {
            var response = await page.GotoAsync("/plan/2023/chapters/6");
            Assert.True(response?.Ok, $"the chapter page answered {response?.Status}");
            await page.WaitForSelectorAsync("[data-tally-chart][data-chart-rendered=true] svg");
            var table = await page.InnerTextAsync(".jy-tally-table");
            Assert.Contains("全县合计", table);
            Assert.Contains(PublicFigures.Suppressed, table);
            Assert.DoesNotContain("图表测试", await page.ContentAsync());
            await Axe.AssertNoSeriousViolationsAsync(page);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 1, $"the chapter page scrolls sideways by {overflow}px at {width} width");
            var path = await browser.SaveScreenshotAsync(page, $"tally-chapter-6-{width}");
            Assert.True(new FileInfo(path).Length > 5000, $"screenshot {path} is empty");
        }
        Assert.Empty(browser.ExternalRequests);
        Assert.Empty(browser.ConsoleErrors);
    }
}

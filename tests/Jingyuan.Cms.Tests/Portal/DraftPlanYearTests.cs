using System.Net;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Portal;

public sealed class DraftPlanYearTests
{
    private static readonly string[] DraftUrls =
    [
        "/plan/2024", "/plan/2024/chapters/1", "/plan/2024/tasks/2", "/plan/2024/sites", "/plan/2024/departments",
        "/plan/2024/downloads", "/plan/2024/data.json", "/plan/2024/data.csv", "/plan/2024/download.xlsx",
    ];

    [Theory]
    [ClassData(typeof(Databases))]
    public async Task A_copied_year_is_a_draft_invisible_publicly_until_published_then_the_home_page(TestDatabase database)
    {
        await using var site = await PortalSite.StartAsync(database, configure: b => b.UseSetting("Portal:CacheSeconds", "0"));
        await site.WithServicesAsync(async sp => await sp.GetRequiredService<PlanAdminService>().CopyYearAsync(2023, 2024));

        using var client = site.Client();
        foreach (var url in DraftUrls)
            Assert.True((await client.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode == HttpStatusCode.NotFound, $"{url} of a draft year must be 404");
        var home = await site.GetPageAsync("/");
        Assert.Contains("2023", home);
        Assert.DoesNotContain("/plan/2024", home);

        await site.WithServicesAsync(async sp => await sp.GetRequiredService<PlanAdminService>().PublishYearAsync(2024));

        foreach (var url in DraftUrls)
            Assert.True((await client.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode == HttpStatusCode.OK, $"{url} of a published year must be 200");
        Assert.Contains("2024年", await site.GetPageAsync("/"));
    }
}

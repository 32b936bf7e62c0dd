using System.Net;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Industry;

public sealed class IndustryModuleToggleTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Disabling_the_module_removes_its_chapter_page_and_menu_and_stops_its_rules(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await IndustryTestData.SeedPlanAsync(site);
        await IndustryTestData.PublishedCattleProjectAsync(site, "园子村肉牛出户入园", 300);
        using var admin = await site.LoginAsync("admin");
        Assert.Contains("href=\"/admin/chapters/industry\"", await admin.GetPageAsync("/admin/chapters/industry"));

        await site.WithServicesAsync(sp => sp.GetRequiredService<ModuleManager>().DisableAsync("Industry"));

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/chapters/industry")).StatusCode);
        Assert.DoesNotContain("/admin/chapters/industry", await admin.GetPageAsync("/admin/content"));
        var progress = await IndustryTestData.ProgressAsync(site, "2-new-cattle");
        Assert.False(progress.Computed);
        Assert.Null(progress.Achieved);
        Assert.False(await site.WithServicesAsync(async sp =>
        {
            var target = (await sp.GetRequiredService<IPlanStore>().GetYearAsync(IndustryTestData.Year))!
                .Chapters.SelectMany(c => c.Tasks).SelectMany(t => t.Targets).Single(t => t.Key == "2-new-cattle");
            return sp.GetServices<ITargetCalculator>().Any(c => c.Handles(IndustryTestData.Year, target));
        }));

        await site.WithServicesAsync(sp => sp.GetRequiredService<ModuleManager>().EnableAsync("Industry"));

        Assert.Contains("300头", await admin.GetPageAsync("/admin/chapters/industry"));
        Assert.Equal(300m, await IndustryTestData.AchievedAsync(site, "2-new-cattle"));
    }
}

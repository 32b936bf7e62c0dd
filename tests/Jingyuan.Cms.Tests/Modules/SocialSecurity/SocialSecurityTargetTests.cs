using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Modules.SocialSecurity;

/// <summary>Coverage targets of chapter 六 follow the published ledgers; 社会救助 coverage stays reported.</summary>
public sealed class SocialSecurityTargetTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Triple_coverage_ratios_follow_published_village_records(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await IndustryTestData.SeedPlanAsync(site);
        var (yuanzi, hongqi) = (await SocialSecurityTestData.SiteIdAsync(site, 0), await SocialSecurityTestData.SiteIdAsync(site, 1));
        Assert.Equal(0m, await IndustryTestData.AchievedAsync(site, "20-basic-insurance-coverage"));

        var first = await SocialSecurityTestData.PublishAsync(site, await SocialSecurityTestData.NewCoverageAsync(site, yuanzi, 100, 100, 90, 20));
        // A draft counts for nothing.
        await IndustryTestData.SaveAsync(site, await SocialSecurityTestData.NewCoverageAsync(site, hongqi, 1000, 0, 0, 0));
        var second = await SocialSecurityTestData.PublishAsync(site, await SocialSecurityTestData.NewCoverageAsync(site, hongqi, 100, 96, 80, 10));

        var basic = await IndustryTestData.ProgressAsync(site, "20-basic-insurance-coverage");
        Assert.True(basic.Computed);
        Assert.Equal(98m, basic.Achieved);
        Assert.Equal(85m, await IndustryTestData.AchievedAsync(site, "20-serious-illness-coverage"));
        Assert.Equal(15m, await IndustryTestData.AchievedAsync(site, "20-medical-assistance-coverage"));

        await site.WithContentAsync(c => c.UnpublishAsync(second.ContentItemId, "数据有误"));
        Assert.Equal(100m, await IndustryTestData.AchievedAsync(site, "20-basic-insurance-coverage"));
        Assert.Equal(90m, await IndustryTestData.AchievedAsync(site, "20-serious-illness-coverage"));
        Assert.Equal(20m, await IndustryTestData.AchievedAsync(site, "20-medical-assistance-coverage"));
        await site.WithContentAsync(c => c.UnpublishAsync(first.ContentItemId, "数据有误"));
        Assert.Equal(0m, await IndustryTestData.AchievedAsync(site, "20-basic-insurance-coverage"));

        // The assistance ledger names those assisted, not all who are eligible: that share is reported.
        Assert.False((await IndustryTestData.ProgressAsync(site, "21-assistance-coverage")).Computed);
    }

    [Fact]
    public async Task Land_rights_share_counts_confirmed_households()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        await SocialSecurityTestData.PublishAsync(site, await SocialSecurityTestData.NewLandRightsAsync(site, "马某某", 1, confirmed: true));
        await SocialSecurityTestData.PublishAsync(site, await SocialSecurityTestData.NewLandRightsAsync(site, "禹某某", 2, confirmed: false));
        await SocialSecurityTestData.PublishAsync(site, await SocialSecurityTestData.NewLandRightsAsync(site, "兰某某", 3, confirmed: true));
        await SocialSecurityTestData.PublishAsync(site, await SocialSecurityTestData.NewLandRightsAsync(site, "海某某", 4, confirmed: true));

        var progress = await IndustryTestData.ProgressAsync(site, "22-land-rights-confirmed");
        Assert.True(progress.Computed);
        Assert.Equal(75m, progress.Achieved);
    }
}

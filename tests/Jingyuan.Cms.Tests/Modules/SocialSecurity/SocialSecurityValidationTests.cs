using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.SocialSecurity.Models;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Modules.SocialSecurity;

/// <summary>Rules of the chapter's records beyond their declarations; errors name the field.</summary>
public sealed class SocialSecurityValidationTests
{
    [Fact]
    public async Task A_covered_count_above_the_villages_migrants_is_refused_at_that_field()
    {
        await using var site = new CmsWebFactory();
        var village = await SocialSecurityTestData.SiteIdAsync(site, 0);
        var coverage = await SocialSecurityTestData.NewCoverageAsync(site, village, 100, 120, 100, 20);

        var errors = await IndustryTestData.ErrorsAsync(site, coverage);
        Assert.Equal([nameof(TripleCoverage.BasicInsured)], errors.Keys);
        Assert.Equal("“参加基本医疗保险”（120人）不能超过脱贫移民人数（100人）", errors[nameof(TripleCoverage.BasicInsured)].Single());
        await Assert.ThrowsAsync<ContentValidationException>(() => IndustryTestData.SaveAsync(site, coverage));

        coverage.Set(nameof(TripleCoverage.BasicInsured), 100m);
        Assert.Empty(await IndustryTestData.ErrorsAsync(site, coverage));
    }

    [Fact]
    public async Task An_eliminated_risk_needs_its_date_not_before_the_measures()
    {
        await using var site = new CmsWebFactory();
        var household = await SocialSecurityTestData.NewHouseholdAsync(site, "马某某", 11);
        household.Set(nameof(MonitoredHousehold.MeasuresDate), "2023-05-10").Set(nameof(MonitoredHousehold.RiskEliminated), true);
        Assert.Contains("请填写风险消除日期", (await IndustryTestData.ErrorsAsync(site, household))[nameof(MonitoredHousehold.EliminatedOn)].Single());

        household.Set(nameof(MonitoredHousehold.EliminatedOn), "2023-04-30");
        Assert.Contains("不能早于落实措施日期（2023-05-10）", (await IndustryTestData.ErrorsAsync(site, household))[nameof(MonitoredHousehold.EliminatedOn)].Single());

        household.Set(nameof(MonitoredHousehold.EliminatedOn), "2023-09-01");
        Assert.Empty(await IndustryTestData.ErrorsAsync(site, household));
    }
}

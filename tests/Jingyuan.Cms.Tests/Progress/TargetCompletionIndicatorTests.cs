using System.Globalization;
using Jingyuan.Cms.Assessment;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Progress;

/// <summary>target-completion: a lead unit's mean completion over its tasks' targets, each capped at 100%.</summary>
public sealed class TargetCompletionIndicatorTests
{
    [Fact]
    public async Task An_approved_figure_beyond_its_target_adds_exactly_one_targets_share_and_no_more()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        var agriculture = await site.WithServicesAsync(async sp => (await sp.GetRequiredService<IDepartmentStore>().ListAsync()).Single(d => d.Name == "农业农村局"));
        var key = agriculture.Id.ToString(CultureInfo.InvariantCulture);
        var cattle = await site.WithServicesAsync(async sp =>
            (await sp.GetRequiredService<IPlanStore>().GetYearAsync(IndustryTestData.Year))!.Chapters.SelectMany(c => c.Tasks)
                .Single(t => t.Number == 2).Targets.Single(t => t.Description == "新增肉牛"));

        var before = await ResultAsync(site, key);
        var fact = "任务2「新增肉牛」：完成 ";
        Assert.Contains(before.Facts, f => f.Text == fact + "0%" && f.Url == "/plan/2023/tasks/2");
        var count = before.Facts.Count;

        await IndustryTestData.PublishedCattleProjectAsync(site, "黄花乡肉牛养殖园区", cattle.TargetValue * 2);
        var after = await ResultAsync(site, key);

        Assert.Contains(after.Facts, f => f.Text == fact + "100%");
        Assert.Equal(Math.Round(before.Attainment + 1m / count, 4), after.Attainment, 3);
        Assert.InRange(after.Attainment, 0m, 1m);
    }

    private static Task<IndicatorResult> ResultAsync(CmsWebFactory site, string unitKey) => site.WithServicesAsync(async sp =>
    {
        var indicator = sp.GetServices<IAssessmentIndicator>().Single(i => i.Key == TargetCompletionIndicator.IndicatorKey);
        return (await indicator.EvaluateAsync(IndustryTestData.Year, TestContext.Current.CancellationToken)).Single(r => r.Unit.Key == unitKey);
    });
}

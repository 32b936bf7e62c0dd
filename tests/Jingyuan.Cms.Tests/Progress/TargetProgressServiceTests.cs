using Jingyuan.Cms.Content;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Jingyuan.Cms.Tests.Progress;

/// <summary>Achieved values come from approved reports or from a module's calculator, never from anything else.</summary>
public sealed class TargetProgressServiceTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_rejected_report_never_counts(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var plan = await site.Plan2023Async();
        await site.ApprovedAsync(plan.Task11, plan.Transfer, "2023-04", 1500, plan.HumanResources);

        var inflated = await site.DraftAsync(plan.Task11, plan.Transfer, "2023-05", 3900, plan.HumanResources);
        await site.ContentAsync(c => c.SubmitAsync(inflated.ContentItemId));
        Assert.Equal(1500m, (await site.ProgressAsync())[plan.Transfer.Id].Achieved); // submitted: not yet
        await site.ContentAsync(c => c.RejectAsync(inflated.ContentItemId, "与台账不符"));

        var progress = (await site.ProgressAsync())[plan.Transfer.Id];
        Assert.Equal(1500m, progress.Achieved);
        Assert.Contains("2023年4月", progress.Explanation);
        Assert.Contains("人社局", progress.Explanation);
        Assert.DoesNotContain(inflated.ContentItemId, progress.SourceItemIds);
        Assert.False(progress.Computed);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Only_approved_reports_count_and_a_correction_is_a_new_report_kept_beside_the_first(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var plan = await site.Plan2023Async();
        Assert.Null((await site.ProgressAsync())[plan.Transfer.Id].Achieved);

        await site.DraftAsync(plan.Task11, plan.Transfer, "2023-06", 3000, plan.HumanResources);
        Assert.Null((await site.ProgressAsync())[plan.Transfer.Id].Achieved); // a draft never counts

        var first = await site.ApprovedAsync(plan.Task11, plan.Transfer, "2023-06", 2000, plan.HumanResources);
        Assert.Equal(2000m, (await site.ProgressAsync())[plan.Transfer.Id].Achieved);

        var correction = await site.ApprovedAsync(plan.Task11, plan.Transfer, "2023-06", 1950, plan.HumanResources);
        var progress = (await site.ProgressAsync())[plan.Transfer.Id];
        Assert.Equal(1950m, progress.Achieved);
        Assert.Equal([correction.ContentItemId], progress.SourceItemIds);

        // Both approved reports stay, each with its own one-version history.
        var published = await site.ContentAsync(c => c.QueryAsync(ContentQuery.PublishedOf(ProgressReportType.Name)));
        Assert.Equal(2, published.Total);
        Assert.Single(await site.ContentAsync(c => c.GetVersionsAsync(first.ContentItemId)));
        Assert.Equal(2000m, (await site.ContentAsync(c => c.GetPublishedAsync(first.ContentItemId)))!.GetNumber(ProgressReportType.Value));
    }

    [Fact]
    public async Task The_latest_period_stands_even_when_an_earlier_period_is_approved_later()
    {
        await using var site = new CmsWebFactory();
        var plan = await site.Plan2023Async();
        await site.ApprovedAsync(plan.Task11, plan.Transfer, "2023-Q2", 2200, plan.HumanResources);
        await site.ApprovedAsync(plan.Task11, plan.Transfer, "2023-05", 1700, plan.HumanResources);
        await site.ApprovedAsync(plan.Task11, plan.LabourMigrant, "2023-03", 300, plan.HumanResources);

        var progress = await site.ProgressAsync();

        Assert.Equal(2200m, progress[plan.Transfer.Id].Achieved);
        Assert.Contains("2023年第2季度", progress[plan.Transfer.Id].Explanation);
        Assert.Equal(300m, progress[plan.LabourMigrant.Id].Achieved);
    }

    [Fact]
    public async Task Of_many_reports_on_one_target_the_latest_period_stands_and_every_target_is_answered()
    {
        await using var site = new CmsWebFactory();
        var plan = await site.Plan2023Async();
        for (var month = 1; month <= 9; month++)
        {
            await site.ApprovedAsync(plan.Task11, plan.Transfer, $"2023-{month:00}", month * 300, plan.HumanResources);
        }

        var progress = await site.ProgressAsync();

        var targets = plan.Plan.Chapters.SelectMany(c => c.Targets.Concat(c.Tasks.SelectMany(t => t.Targets))).ToList();
        Assert.Equal(targets.Select(t => t.Id).Order(), progress.Keys.Order());
        Assert.Equal(2700m, progress[plan.Transfer.Id].Achieved);
        Assert.Empty(await site.ProgressAsync(2031));
    }

    [Theory]
    [InlineData(1000, ProgressLight.Red)]    // 25 % against 49.9 % of the year: more than 20 points behind
    [InlineData(1500, ProgressLight.Yellow)] // 37.5 %: behind, within 20 points
    [InlineData(2000, ProgressLight.Green)]  // 50 %: on time
    public async Task Lights_follow_the_published_rule_at_a_fixed_date(decimal achieved, ProgressLight light)
    {
        // 2023-07-01 00:30 in Beijing is still 30 June in UTC: the day counted is China's.
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 6, 30, 16, 30, 0, TimeSpan.Zero));
        await using var root = new CmsWebFactory();
        await using var site = root.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        var plan = await site.Plan2023Async();
        await site.ApprovedAsync(plan.Task11, plan.Transfer, "2023-06", achieved, plan.HumanResources);

        var progress = (await site.ProgressAsync())[plan.Transfer.Id];

        var elapsed = ProgressRule.ElapsedPercent(2023, new DateOnly(2023, 7, 1));
        Assert.Equal(49.9m, elapsed);
        Assert.Equal(ProgressRule.Percent(plan.Transfer, achieved), progress.Percent);
        Assert.Equal(light, progress.Light);
        Assert.Equal(ProgressRule.Light(plan.Transfer, achieved, elapsed), progress.Light);

        // A month not yet begun cannot be reported.
        var future = await Assert.ThrowsAsync<ContentValidationException>(() =>
            site.DraftAsync(plan.Task11, plan.Transfer, "2023-08", 1, plan.HumanResources));
        Assert.Contains("尚未开始", future.Errors[ProgressReportType.Period][0]);
    }

    [Fact]
    public async Task A_past_year_is_judged_against_the_whole_year()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var root = new CmsWebFactory();
        await using var site = root.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        var plan = await site.Plan2023Async();
        await site.ApprovedAsync(plan.Task11, plan.Transfer, "2023-12", 3500, plan.HumanResources);

        var progress = await site.ProgressAsync();

        Assert.Equal(87.5m, progress[plan.Transfer.Id].Percent);
        Assert.Equal(ProgressLight.Yellow, progress[plan.Transfer.Id].Light);
        Assert.Equal(ProgressLight.Red, progress[plan.LabourMigrant.Id].Light); // nothing reported all year
    }

    [Fact]
    public async Task A_computed_target_comes_from_its_calculator_not_from_reports()
    {
        await using var root = new CmsWebFactory();
        await using var site = root.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddScoped<ITargetCalculator, RoadsCalculator>()));
        var plan = await site.Plan2023Async();
        var roads = plan.Target("14-concrete-roads");
        var township = plan.Task(14).LeadUnitIds[0];
        // A report on a computed target is kept but does not set the figure.
        await site.ApprovedAsync(plan.Task(14), roads, "2023-05", 1, township);

        var progress = await site.ProgressAsync();

        Assert.True(progress[roads.Id].Computed);
        Assert.Equal(2300m, progress[roads.Id].Achieved);
        Assert.Equal(50m, progress[roads.Id].Percent);
        Assert.Equal(RoadsCalculator.Explanation, progress[roads.Id].Explanation);
        Assert.Equal(["road-1", "road-2"], progress[roads.Id].SourceItemIds);
        Assert.False(progress[plan.Target("14-side-ditches").Id].Computed);
    }

    private sealed class RoadsCalculator : ITargetCalculator
    {
        public const string Explanation = "按已发布的道路工程记录面积合计";

        public bool Handles(int year, PlanTarget target) => year == 2023 && target.Key == "14-concrete-roads";

        public Task<TargetCalculation> CalculateAsync(int year, PlanTarget target) =>
            Task.FromResult(new TargetCalculation(2300m, Explanation, ["road-1", "road-2"]));
    }
}

using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Plan;

/// <summary>Keys, units and comparisons of the seed's targets (the figures themselves: SeedTargetFigureTests).</summary>
public sealed class SeedTargetTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private readonly PlanYear plan = seeded.Plan;

    private IEnumerable<(int? Task, int Chapter, PlanTarget Target)> AllTargets() =>
        plan.Chapters.SelectMany(c => c.Targets.Select(t => ((int?)null, c.Number, t))
            .Concat(c.Tasks.SelectMany(task => task.Targets.Select(t => ((int?)task.Number, c.Number, t)))));

    // A plain figure means "at least" (as do 以上/不少于/达到); 左右 → About. Nothing in the text is "exactly".
    [Theory]
    [InlineData(2, "2-parks", 2, "个", TargetComparison.AtLeast)]
    [InlineData(2, "2-breeding-cows", 500, "头", TargetComparison.AtLeast)]
    [InlineData(2, "2-new-cattle", 1200, "头", TargetComparison.AtLeast)]
    [InlineData(3, "3-sheep-farms", 1, "座", TargetComparison.AtLeast)]
    [InlineData(3, "3-forage-mu", 1000, "亩", TargetComparison.AtLeast)]
    [InlineData(3, "3-ewes", 2000, "只", TargetComparison.AtLeast)]
    [InlineData(4, "4-bee-farms", 3, "个", TargetComparison.AtLeast)]
    [InlineData(4, "4-bee-colonies", 2500, "群", TargetComparison.AtLeast)]
    [InlineData(5, "5-understory-herbs-mu", 2000, "亩", TargetComparison.AtLeast)]
    [InlineData(5, "5-seed-sites", 1, "处", TargetComparison.AtLeast)]
    [InlineData(5, "5-seed-site-mu", 100, "亩", TargetComparison.AtLeast)]
    [InlineData(5, "5-mixed-herbs-mu", 3000, "亩", TargetComparison.AtLeast)]
    [InlineData(6, "6-workshops", 3, "个", TargetComparison.AtLeast)]
    [InlineData(6, "6-bags", 5000000, "袋", TargetComparison.AtLeast)]
    [InlineData(6, "6-courtyard-households", 100, "户", TargetComparison.AtLeast)]
    [InlineData(6, "6-mushroom-output", 150000, "斤", TargetComparison.AtLeast)]
    [InlineData(7, "7-vegetables-mu", 2000, "亩", TargetComparison.AtLeast)]
    [InlineData(7, "7-greenhouses-mu", 50, "亩", TargetComparison.AtLeast)]
    [InlineData(7, "7-cool-crops-mu", 3000, "亩", TargetComparison.AtLeast)]
    [InlineData(8, "8-courtyard-households", 600, "户", TargetComparison.AtLeast)]
    [InlineData(9, "9-collective-income", 70000, "元", TargetComparison.About)]
    [InlineData(10, "10-consumption", 20000000, "元", TargetComparison.AtLeast)]
    [InlineData(11, "11-transfer-employment", 4000, "人", TargetComparison.AtLeast)]
    [InlineData(11, "11-labour-migrant-employment", 1380, "人", TargetComparison.AtLeast)]
    [InlineData(12, "12-skills-training", 3100, "人", TargetComparison.AtLeast)]
    [InlineData(13, "13-job-fairs", 10, "场次", TargetComparison.AtLeast)]
    [InlineData(13, "13-jobs", 1000, "个", TargetComparison.AtLeast)]
    [InlineData(13, "13-job-notices", 200, "条", TargetComparison.AtLeast)]
    [InlineData(13, "13-public-posts-extended", 80, "人", TargetComparison.AtLeast)]
    [InlineData(13, "13-public-posts-new", 30, "人", TargetComparison.AtLeast)]
    [InlineData(14, "14-model-villages", 2, "个", TargetComparison.AtLeast)]
    [InlineData(14, "14-slope-protection", 1560, "立方米", TargetComparison.AtLeast)]
    [InlineData(14, "14-concrete-roads", 4600, "平方米", TargetComparison.AtLeast)]
    [InlineData(14, "14-side-ditches", 2712, "米", TargetComparison.AtLeast)]
    [InlineData(14, "14-flood-channels", 600, "米", TargetComparison.AtLeast)]
    [InlineData(15, "15-reservoir", 500, "立方米", TargetComparison.AtLeast)]
    [InlineData(15, "15-water-pipes", 2200, "米", TargetComparison.AtLeast)]
    [InlineData(18, "18-clinic-coverage", 100, "%", TargetComparison.AtLeast)]
    [InlineData(19, "19-toilets", 350, "户", TargetComparison.AtLeast)]
    [InlineData(19, "19-sewage-rate", 40, "%", TargetComparison.AtLeast)]
    [InlineData(19, "19-waste-sorting-coverage", 35, "%", TargetComparison.AtLeast)]
    [InlineData(19, "19-film-recycling-rate", 90, "%", TargetComparison.AtLeast)]
    [InlineData(26, "26-themed-events", 14, "场次", TargetComparison.AtLeast)]
    [InlineData(26, "26-volunteer-sites", 5, "个", TargetComparison.AtLeast)]
    [InlineData(26, "26-volunteer-contest", 1, "场次", TargetComparison.AtLeast)]
    [InlineData(26, "26-volunteer-brands", 5, "个", TargetComparison.AtLeast)]
    [InlineData(27, "27-cultural-services", 8, "场次", TargetComparison.AtLeast)]
    [InlineData(27, "27-mass-cultural-events", 20, "场次", TargetComparison.AtLeast)]
    [InlineData(27, "27-tea", 2, "公斤/户", TargetComparison.AtLeast)]
    [InlineData(28, "28-themed-events", 15, "场次", TargetComparison.AtLeast)]
    [InlineData(28, "28-model-households", 30, "户", TargetComparison.AtLeast)]
    [InlineData(28, "28-leaders", 40, "人", TargetComparison.AtLeast)]
    public void Task_target(int task, string key, decimal value, string unit, TargetComparison comparison)
    {
        var target = AllTargets().Single(t => t.Target.Key == key);
        Assert.Equal(task, target.Task);
        Assert.Equal(value, target.Target.TargetValue);
        Assert.Equal(unit, target.Target.Unit);
        Assert.Equal(comparison, target.Target.Comparison);
        Assert.False(string.IsNullOrWhiteSpace(target.Target.Description));
    }

    [Theory]
    [InlineData(2, "c2-training-coverage", 85, "%", TargetComparison.AtLeast)]
    [InlineData(2, "c2-employed-per-family", 1, "人/户", TargetComparison.AtLeast)]
    [InlineData(5, "c5-waste-coverage", 100, "%", TargetComparison.AtLeast)]
    public void Chapter_target(int chapter, string key, decimal value, string unit, TargetComparison comparison)
    {
        var target = AllTargets().Single(t => t.Target.Key == key);
        Assert.Null(target.Task);
        Assert.Equal(chapter, target.Chapter);
        Assert.Equal((value, unit, comparison), (target.Target.TargetValue, target.Target.Unit, target.Target.Comparison));
    }

    [Fact]
    public void Counts_of_the_industry_and_employment_ledgers_are_computed_everything_else_reported()
    {
        foreach (var (task, _, target) in AllTargets().Where(t => !t.Target.Implied))
        {
            // 斤 of mushrooms is a harvest estimate farmers report, not a count of the industry records;
            // 就业 per family needs households, which the workers' ledger does not hold.
            var computed = (task is <= 13 || target.Key == "c2-training-coverage") && target.Key != "6-mushroom-output";
            Assert.True((computed ? TargetSource.Computed : TargetSource.Reported) == target.Source, target.Key);
        }
    }

    [Fact]
    public void Keys_start_with_their_task_or_chapter_and_sort_in_text_order()
    {
        foreach (var (task, chapter, target) in AllTargets())
        {
            Assert.StartsWith(task is { } n ? $"{n}-" : $"c{chapter}-", target.Key);
        }
        Assert.Equal(["2-parks", "2-breeding-cows", "2-new-cattle"], plan.Chapters[0].Tasks[1].Targets.Select(t => t.Key));
        Assert.Equal(55, AllTargets().Count(t => !t.Target.Implied)); // 52 task targets + 3 chapter targets, as listed above
        Assert.Equal(9, AllTargets().Count(t => t.Target.Implied)); // SeedTargetFigureTests.ImpliedBy
    }
}

using Jingyuan.Cms.Assessment;

namespace Jingyuan.Cms.Tests.Modules.Assessment;

/// <summary>The published scoring rule, applied: weights of indicators that do not assess a unit are left out, ties share a rank.</summary>
public sealed class AssessmentScoringTests
{
    private static readonly AssessedUnit D1 = new(AssessedUnitKind.Department, "1", "甲局");
    private static readonly AssessedUnit D2 = new(AssessedUnitKind.Department, "2", "乙局");
    private static readonly AssessedUnit D3 = new(AssessedUnitKind.Department, "3", "丙局");
    private static readonly AssessedUnit D4 = new(AssessedUnitKind.Department, "4", "丁局");
    private static readonly AssessedUnit T1 = new(AssessedUnitKind.Township, "香水镇", "香水镇");

    [Fact]
    public void Points_totals_ranks_and_adjustments_follow_the_rule()
    {
        AssessmentSchemeItem[] scheme = [new("a", 60, AssessmentAppliesTo.Departments), new("b", 40, AssessmentAppliesTo.Both)];
        var indicators = new Dictionary<string, AssessmentIndicatorInfo>
        {
            ["a"] = new("a", "目标完成", "完成率"), ["b"] = new("b", "按时填报", "按期数÷应报数"),
        };
        var results = new Dictionary<string, IReadOnlyList<IndicatorResult>>
        {
            // The township's result of a departments-only indicator does not count.
            ["a"] = [R(D1, 1m), R(D2, 0.5m), R(D4, 1m), R(T1, 0m)],
            ["b"] = [R(D1, 0.5m), R(D2, 1m), R(D3, 0.75m), R(D4, 0.5m), R(T1, 1m)],
        };
        AssessmentAdjustment[] adjustments = [new(AssessedUnitKind.Department, "2", "乙局", -10m, "查实虚报", "office", DateTime.UtcNow)];

        var units = AssessmentScoring.Score(scheme, indicators, results, adjustments).ToDictionary(u => u.Unit.Key);

        Assert.Equal(80m, units["1"].Total);                  // (60 + 20) / 100
        Assert.Equal(80m, units["4"].Total);                  // a tie
        Assert.Equal(75m, units["3"].Total);                  // 30 / 40: not assessed by a, not penalised
        Assert.Equal(40m, units["3"].ApplicableWeight);
        Assert.Equal(60m, units["2"].Total);                  // (30 + 40 − 10) / 100
        Assert.Equal(-10m, units["2"].Adjustments);
        Assert.Equal([1, 1, 3, 4], new[] { "1", "4", "3", "2" }.Select(k => units[k].Rank));
        Assert.Equal(100m, units["香水镇"].Total);             // ranked among townships only
        Assert.Equal(1, units["香水镇"].Rank);
        Assert.Equal(["按时填报"], units["香水镇"].Indicators.Select(i => i.Name));
        Assert.Equal(30m, units["2"].Indicators.Single(i => i.Key == "a").Points);
    }

    [Fact]
    public void A_total_never_drops_below_zero_and_attainment_is_kept_within_0_and_1()
    {
        AssessmentSchemeItem[] scheme = [new("a", 10, AssessmentAppliesTo.Departments)];
        var indicators = new Dictionary<string, AssessmentIndicatorInfo> { ["a"] = new("a", "目标完成", "") };
        var results = new Dictionary<string, IReadOnlyList<IndicatorResult>> { ["a"] = [R(D1, 1.7m), R(D2, 0.1m)] };
        AssessmentAdjustment[] adjustments = [new(AssessedUnitKind.Department, "2", "乙局", -50m, "查实虚报", "office", DateTime.UtcNow)];

        var units = AssessmentScoring.Score(scheme, indicators, results, adjustments).ToDictionary(u => u.Unit.Key);

        Assert.Equal(100m, units["1"].Total);
        Assert.Equal(0m, units["2"].Total);
    }

    private static IndicatorResult R(AssessedUnit unit, decimal attainment) => new(unit, attainment, [new($"{unit.Name}的依据", 0m)]);
}

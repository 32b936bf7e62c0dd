using Jingyuan.Cms.Chapters;

namespace Jingyuan.Cms.Tests.Chapters;

/// <summary>Every rule kind and condition over records in memory: no database, no web host.</summary>
public sealed class RuleEvaluatorTests
{
    private const string Type = "Ledger";
    private const int Year = 2024;

    private static int _next;

    private static RuleRecord Record(int? year = Year, params (string Field, object? Value)[] values) =>
        new($"r{Interlocked.Increment(ref _next)}", year, values.GroupBy(v => v.Field).ToDictionary(g => g.Key,
            g => (IReadOnlyList<IndexedValue>)g.Select(v => v.Value switch
            {
                decimal n => new IndexedValue(n.ToString(System.Globalization.CultureInfo.InvariantCulture), n, null),
                DateOnly d => new IndexedValue(d.ToString("yyyy-MM-dd"), null, d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)),
                _ => new IndexedValue(v.Value?.ToString(), null, null),
            }).ToList()));

    private static readonly RuleRecord[] Villages =
    [
        Record(Year, ("Village", "园子村"), ("Income", 12m), ("Source", "光伏")),
        Record(Year, ("Village", "园子村"), ("Income", 3m), ("Source", "租赁")),
        Record(Year, ("Village", "红旗村"), ("Income", 10m), ("Source", "光伏")),
        Record(Year, ("Village", "什字村"), ("Income", 9.5m), ("Source", "光伏")),
        Record(2023, ("Village", "张台村"), ("Income", 50m), ("Source", "光伏")),
    ];

    [Fact]
    public void Sum_adds_the_field_of_the_years_records_meeting_the_conditions()
    {
        Assert.Equal(34.5m, RuleEvaluator.Evaluate(TargetRule.Sum("k", Type, "Income"), Year, Villages).Value);
        var solar = RuleEvaluator.Evaluate(TargetRule.Sum("k", Type, "Income", FieldCondition.OneOf("Source", "光伏")), Year, Villages);
        Assert.Equal(31.5m, solar.Value);
        Assert.Equal(3, solar.RecordCount);
    }

    [Fact]
    public void Count_counts_records_and_distinct_count_counts_each_value_once()
    {
        Assert.Equal(4m, RuleEvaluator.Evaluate(TargetRule.Count("k", Type), Year, Villages).Value);
        Assert.Equal(3m, RuleEvaluator.Evaluate(TargetRule.DistinctCount("k", Type, "Village"), Year, Villages).Value);
        // Villages with a record of at least 10 万元: 园子村 (12) and 红旗村 (exactly 10).
        var rich = TargetRule.DistinctCount("k", Type, "Village", FieldCondition.AtLeast("Income", 10m));
        Assert.Equal(2m, RuleEvaluator.Evaluate(rich, Year, Villages).Value);
    }

    [Fact]
    public void Numeric_conditions_include_their_bounds_and_miss_records_without_a_number()
    {
        var records = Villages.Append(Record(Year, ("Village", "无收入村"))).ToList();
        Assert.Equal(3m, RuleEvaluator.Evaluate(TargetRule.Count("k", Type, FieldCondition.AtMost("Income", 10m)), Year, records).Value);
        Assert.Equal(2m, RuleEvaluator.Evaluate(TargetRule.Count("k", Type, FieldCondition.Between("Income", 9.5m, 10m)), Year, records).Value);
        Assert.Equal(0m, RuleEvaluator.Evaluate(TargetRule.Count("k", Type, FieldCondition.AtLeast("Income", 100m)), Year, records).Value);
    }

    [Fact]
    public void Date_conditions_and_a_date_field_choose_records_by_their_dates()
    {
        var records = new[]
        {
            Record(2023, ("HeldOn", new DateOnly(2024, 3, 1))),
            Record(Year, ("HeldOn", new DateOnly(2024, 6, 30))),
            Record(Year, ("HeldOn", new DateOnly(2025, 1, 2))),
            Record(Year),
        };
        // By the record's year: three; by the date within 2024: the first two, whatever their year.
        Assert.Equal(3m, RuleEvaluator.Evaluate(TargetRule.Count("k", Type), Year, records).Value);
        Assert.Equal(2m, RuleEvaluator.Evaluate(TargetRule.Count("k", Type).DatedBy("HeldOn"), Year, records).Value);
        var firstHalf = FieldCondition.Between("HeldOn", new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30));
        Assert.Equal(1m, RuleEvaluator.Evaluate(TargetRule.Count("k", Type, firstHalf), Year, records).Value);
        Assert.Equal(1m, RuleEvaluator.Evaluate(TargetRule.Count("k", Type, FieldCondition.AtLeast("HeldOn", new DateOnly(2024, 7, 1))), Year, records).Value);
        // Conditions narrow the records of the year: the 2023 record dated in March is not among them.
        Assert.Equal(1m, RuleEvaluator.Evaluate(TargetRule.Count("k", Type, FieldCondition.AtMost("HeldOn", new DateOnly(2024, 6, 30))), Year, records).Value);
        Assert.Equal(2m, RuleEvaluator.Evaluate(TargetRule.Count("k", Type, firstHalf).DatedBy("HeldOn"), Year, records).Value);
    }

    [Fact]
    public void Ratio_is_the_percent_of_two_sums_and_zero_without_a_denominator()
    {
        var records = new[] { Record(Year, ("Treated", 30m), ("Households", 40m)), Record(Year, ("Treated", 15m), ("Households", 60m)) };
        Assert.Equal(45m, RuleEvaluator.Evaluate(TargetRule.Ratio("k", Type, "Treated", "Households"), Year, records).Value);
        Assert.Equal(0m, RuleEvaluator.Evaluate(TargetRule.Ratio("k", Type, "Treated", "Households"), 2030, records).Value);
    }

    [Fact]
    public void Share_counts_groups_with_a_record_meeting_the_conditions_among_all_groups()
    {
        var clinics = new[]
        {
            Record(Year, ("Site", "1"), ("Standard", "true")),
            Record(Year, ("Site", "2"), ("Standard", "false")),
            Record(Year, ("Site", "3"), ("Standard", "true")),
            Record(Year, ("Site", "3"), ("Standard", "false")),
        };
        var rule = TargetRule.Share("k", Type, "Site", FieldCondition.OneOf("Standard", "true"));
        Assert.Equal(66.67m, RuleEvaluator.Evaluate(rule, Year, clinics).Value);
        // Over every resettlement site (4 here), a site without records counts against the share.
        Assert.Equal(50m, RuleEvaluator.Evaluate(rule, Year, clinics, allGroups: 4).Value);
    }

    [Fact]
    public void Milestone_is_reached_once_a_matching_record_has_its_date_or_yes()
    {
        var rule = TargetRule.Milestone("k", Type, "OpenedOn", FieldCondition.OneOf("Name", "泾河社区"));
        Assert.Equal(0m, RuleEvaluator.Evaluate(rule, Year, [Record(Year, ("Name", "泾河社区"))]).Value);
        Assert.Equal(0m, RuleEvaluator.Evaluate(rule, Year, [Record(Year, ("Name", "别的社区"), ("OpenedOn", new DateOnly(2024, 5, 1)))]).Value);
        Assert.Equal(1m, RuleEvaluator.Evaluate(rule, Year, [Record(Year, ("Name", "泾河社区"), ("OpenedOn", new DateOnly(2024, 5, 1)))]).Value);
        Assert.Equal(1m, RuleEvaluator.Evaluate(TargetRule.Milestone("k", Type, "Done"), Year, [Record(Year, ("Done", "true"))]).Value);
    }

    [Fact]
    public void A_rules_hash_changes_with_its_conditions()
    {
        var a = TargetRule.Count("k", Type, FieldCondition.AtLeast("Income", 10m));
        Assert.Equal(TargetFigureStore.HashOf(a), TargetFigureStore.HashOf(TargetRule.Count("k", Type, FieldCondition.AtLeast("Income", 10m))));
        Assert.NotEqual(TargetFigureStore.HashOf(a), TargetFigureStore.HashOf(TargetRule.Count("k", Type, FieldCondition.AtLeast("Income", 11m))));
    }
}

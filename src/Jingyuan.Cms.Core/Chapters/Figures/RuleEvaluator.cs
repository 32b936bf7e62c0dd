namespace Jingyuan.Cms.Chapters;

/// <summary>One indexed value of a record's field.</summary>
public sealed record IndexedValue(string? Text, decimal? Number, DateTime? Date);

/// <summary>A published record as rules see it: its year and the indexed values of the fields they read.</summary>
public sealed record RuleRecord(string ContentItemId, int? Year, IReadOnlyDictionary<string, IReadOnlyList<IndexedValue>> Values)
{
    public IReadOnlyList<IndexedValue> Of(string field) => Values.TryGetValue(field, out var v) ? v : [];
}

/// <summary>A computed figure: the value, how many records it rests on and (some of) their ids.</summary>
public sealed record RuleFigure(decimal Value, int RecordCount, IReadOnlyList<string> SourceIds);

/// <summary>
/// Turns a year's records into a rule's figure. Pure, so every kind is tested without a database;
/// <see cref="RuleRecordLoader"/> reads the records of a type and year in one go.
/// </summary>
public static class RuleEvaluator
{
    public const int MaxSourceIds = 50;

    /// <param name="allGroups">Share: the number of all groups when known beforehand (every resettlement site).</param>
    public static RuleFigure Evaluate(TargetRule rule, int year, IReadOnlyList<RuleRecord> records, int? allGroups = null)
    {
        var ofYear = records.Where(r => InYear(rule, year, r)).ToList();
        var matching = ofYear.Where(r => rule.Where.All(c => r.Of(c.Field).Any(v => c.Matches(v.Text, v.Number, v.Date)))).ToList();
        var value = rule.Kind switch
        {
            RuleKind.Sum => SumOf(matching, rule.Field!),
            RuleKind.Count => matching.Count,
            RuleKind.DistinctCount => matching.SelectMany(r => r.Of(rule.Field!)).Select(v => v.Text).OfType<string>().Distinct().Count(),
            RuleKind.Ratio => Percent(SumOf(matching, rule.Field!), SumOf(matching, rule.DenominatorField!)),
            RuleKind.Share => Percent(Groups(matching, rule.GroupField!), allGroups ?? Groups(ofYear, rule.GroupField!)),
            RuleKind.Milestone => matching.Any(r => r.Of(rule.Field!).Any(Reached)) ? 1 : 0,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, null),
        };
        return new RuleFigure(value, matching.Count, matching.Take(MaxSourceIds).Select(r => r.ContentItemId).ToList());
    }

    private static bool InYear(TargetRule rule, int year, RuleRecord record) =>
        rule.DateField is { } dated
            ? record.Of(dated).Any(v => v.Date is { } d && d.Year == year)
            : record.Year == year;

    private static decimal SumOf(IEnumerable<RuleRecord> records, string field) =>
        records.Sum(r => r.Of(field).FirstOrDefault()?.Number ?? 0);

    private static int Groups(IEnumerable<RuleRecord> records, string field) =>
        records.SelectMany(r => r.Of(field)).Select(v => v.Text).OfType<string>().Distinct().Count();

    private static decimal Percent(decimal part, decimal whole) => whole == 0 ? 0 : Math.Round(part * 100 / whole, 2);

    // A date that is set, or a yes field answered yes.
    private static bool Reached(IndexedValue v) =>
        v.Date is not null || string.Equals(v.Text, "true", StringComparison.OrdinalIgnoreCase) || v.Text == "是";
}

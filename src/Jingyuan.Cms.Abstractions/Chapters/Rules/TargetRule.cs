namespace Jingyuan.Cms.Chapters;

/// <summary>
/// A plan target computed from the published records of <see cref="ContentType"/> of the plan year
/// (the record's year, or <see cref="DateField"/> within the year) that meet every condition in
/// <see cref="Where"/>. Serializable: admin-defined rules are stored as JSON.
/// </summary>
public sealed record TargetRule
{
    public required RuleKind Kind { get; init; }
    public required string TargetKey { get; init; }
    public required string ContentType { get; init; }
    /// <summary>Summed (Sum, Ratio numerator), counted once per value (DistinctCount) or the date / yes field (Milestone).</summary>
    public string? Field { get; init; }
    /// <summary>Ratio: the summed denominator.</summary>
    public string? DenominatorField { get; init; }
    /// <summary>Share: the field naming the group (a site or village); a Site field counts every resettlement site.</summary>
    public string? GroupField { get; init; }
    /// <summary>When set, records count by this date falling in the plan year instead of by their year.</summary>
    public string? DateField { get; init; }
    public IReadOnlyList<FieldCondition> Where { get; init; } = [];
    /// <summary>Replaces the generated explanation when it would mislead.</summary>
    public string? Explanation { get; init; }

    /// <summary>The summed field of a Sum rule (the record lists show it), otherwise null.</summary>
    public string? SumField => Kind == RuleKind.Sum ? Field : null;

    /// <summary>Every field the rule reads, for loading and validation.</summary>
    public IEnumerable<string> Fields() =>
        new[] { Field, DenominatorField, GroupField, DateField }.OfType<string>().Concat(Where.Select(c => c.Field)).Distinct();

    public static TargetRule Sum(string key, string type, string field, params FieldCondition[] where) =>
        new() { Kind = RuleKind.Sum, TargetKey = key, ContentType = type, Field = field, Where = where };

    public static TargetRule Count(string key, string type, params FieldCondition[] where) =>
        new() { Kind = RuleKind.Count, TargetKey = key, ContentType = type, Where = where };

    public static TargetRule DistinctCount(string key, string type, string field, params FieldCondition[] where) =>
        new() { Kind = RuleKind.DistinctCount, TargetKey = key, ContentType = type, Field = field, Where = where };

    public static TargetRule Ratio(string key, string type, string numerator, string denominator, params FieldCondition[] where) =>
        new() { Kind = RuleKind.Ratio, TargetKey = key, ContentType = type, Field = numerator, DenominatorField = denominator, Where = where };

    /// <summary>Share of groups having a record that meets every condition, among all groups.</summary>
    public static TargetRule Share(string key, string type, string groupField, params FieldCondition[] where) =>
        new() { Kind = RuleKind.Share, TargetKey = key, ContentType = type, GroupField = groupField, Where = where };

    public static TargetRule Milestone(string key, string type, string field, params FieldCondition[] where) =>
        new() { Kind = RuleKind.Milestone, TargetKey = key, ContentType = type, Field = field, Where = where };

    public TargetRule DatedBy(string dateField) => this with { DateField = dateField };
    public TargetRule ExplainedAs(string explanation) => this with { Explanation = explanation };
}

using System.Globalization;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// A condition on an indexed field: its value is one of <see cref="Values"/>, or (numbers and dates
/// written yyyy-MM-dd) at least / at most / between the bounds in <see cref="Values"/>.
/// </summary>
public sealed record FieldCondition(string Field, ConditionOperator Operator, IReadOnlyList<string> Values)
{
    public static FieldCondition OneOf(string field, params string[] values) => new(field, ConditionOperator.OneOf, values);
    public static FieldCondition AtLeast(string field, decimal min) => new(field, ConditionOperator.AtLeast, [Invariant(min)]);
    public static FieldCondition AtLeast(string field, DateOnly min) => new(field, ConditionOperator.AtLeast, [Invariant(min)]);
    public static FieldCondition AtMost(string field, decimal max) => new(field, ConditionOperator.AtMost, [Invariant(max)]);
    public static FieldCondition AtMost(string field, DateOnly max) => new(field, ConditionOperator.AtMost, [Invariant(max)]);
    public static FieldCondition Between(string field, decimal min, decimal max) =>
        new(field, ConditionOperator.Between, [Invariant(min), Invariant(max)]);
    public static FieldCondition Between(string field, DateOnly from, DateOnly to) =>
        new(field, ConditionOperator.Between, [Invariant(from), Invariant(to)]);

    /// <summary>Whether an indexed value (text, number or date) meets the condition.</summary>
    public bool Matches(string? text, decimal? number, DateTime? date)
    {
        if (Operator == ConditionOperator.OneOf) return text is not null && Values.Contains(text);
        var (min, max) = Operator switch
        {
            ConditionOperator.AtLeast => (Values[0], null),
            ConditionOperator.AtMost => (null, Values[0]),
            _ => (Values[0], (string?)Values[1]),
        };
        if (TryDate(min ?? max!, out _))
        {
            if (date is not { } d) return false;
            var day = DateOnly.FromDateTime(d);
            return (min is null || day >= Date(min)) && (max is null || day <= Date(max));
        }
        if (number is not { } n) return false;
        return (min is null || n >= Number(min)) && (max is null || n <= Number(max));
    }

    /// <summary>A date bound is written yyyy-MM-dd; anything else is a number.</summary>
    public static bool TryDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static DateOnly Date(string value) => TryDate(value, out var d) ? d : DateOnly.MinValue;
    private static decimal Number(string value) => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
    private static string Invariant(decimal n) => n.ToString(CultureInfo.InvariantCulture);
    private static string Invariant(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// Targets computed from the rules chapter modules declare. Reads the stored figures
/// (<see cref="TargetFigureStore"/>): one query per year, whatever the number of rules and records.
/// </summary>
public sealed class RuleTargetCalculator(TargetRuleSource rules, TargetFigureStore figures) : ITargetCalculator
{
    public bool Handles(int year, PlanTarget target) => RuleFor(target) is not null;

    public async Task<TargetCalculation> CalculateAsync(int year, PlanTarget target)
    {
        if (RuleFor(target) is null) throw new InvalidOperationException($"No rule computes target {target.Key}.");
        var figure = (await figures.ForYearAsync(year)).GetValueOrDefault(target.Key);
        if (figure is null) return new TargetCalculation(0, "", []);
        return new TargetCalculation(figure.Value,
            $"{figure.Explanation}（按已发布记录自动计算，当前 {figure.Value.ToString("0.##", CultureInfo.InvariantCulture)}{target.Unit}，共 {figure.RecordCount} 条记录）",
            figure.SourceIds.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The published records a rule counts, for the "records behind this figure" lists.</summary>
    public static ContentQuery QueryFor(TargetRule rule, int year)
    {
        var query = new ContentQuery
        {
            ContentTypes = [rule.ContentType],
            Scope = ContentVersionScope.Published,
            Year = rule.DateField is null ? year : null,
            Fields = rule.Where.SelectMany(Filters).ToList(),
            PageSize = 1,
        };
        if (rule.DateField is { } dated)
        {
            query.Fields.Add(new FieldFilter(dated, FieldOperator.GreaterOrEqual, $"{year}-01-01"));
            query.Fields.Add(new FieldFilter(dated, FieldOperator.LessOrEqual, $"{year}-12-31"));
        }
        return query;
    }

    private static IEnumerable<FieldFilter> Filters(FieldCondition c) => c.Operator switch
    {
        ConditionOperator.OneOf => [FieldFilter.OneOf(c.Field, c.Values)],
        ConditionOperator.AtLeast => [new FieldFilter(c.Field, FieldOperator.GreaterOrEqual, c.Values[0])],
        ConditionOperator.AtMost => [new FieldFilter(c.Field, FieldOperator.LessOrEqual, c.Values[0])],
        _ => [new FieldFilter(c.Field, FieldOperator.GreaterOrEqual, c.Values[0]), new FieldFilter(c.Field, FieldOperator.LessOrEqual, c.Values[1])],
    };

    public TargetRule? RuleFor(PlanTarget target) => rules.RuleFor(target.Key);
}

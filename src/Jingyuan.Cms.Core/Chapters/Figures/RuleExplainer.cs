using System.Globalization;
using Jingyuan.Cms.Content;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// Says in words how a rule reaches its figure, from the rule itself (产业类别为“肉牛”的已发布产业项目
/// “新增肉牛”之和), so every computed figure on a public page is explained. A rule's own text wins.
/// </summary>
public sealed class RuleExplainer(IContentDefinitionManager definitions, IStringLocalizer<RuleExplainer> T)
{
    public async Task<string> ExplainAsync(TargetRule rule)
    {
        if (!string.IsNullOrWhiteSpace(rule.Explanation)) return rule.Explanation;
        var type = await definitions.GetTypeAsync(rule.ContentType);
        string Label(string? field) => field is null ? "" : type?.Field(field)?.Label ?? field;
        string Unit(string field) => type?.Field(field)?.Settings.Unit ?? "";

        var conditions = rule.Where.Select(c => Condition(c, Label(c.Field), Unit(c.Field))).ToList();
        if (rule.DateField is { } dated) conditions.Add(T["“{0}”在当年", Label(dated)]);
        var records = T["{0}已发布{1}", conditions.Count == 0 ? "" : string.Join("、", conditions) + T["的"], type?.Type.DisplayName ?? rule.ContentType].Value;
        return rule.Kind switch
        {
            RuleKind.Sum => T["{0}“{1}”之和", records, Label(rule.Field)],
            RuleKind.Count => T["{0}记录条数", records],
            RuleKind.DistinctCount => T["{0}涉及的“{1}”个数（同一{1}只计一次）", records, Label(rule.Field)],
            RuleKind.Ratio => T["{0}“{1}”之和占“{2}”之和的百分比", records, Label(rule.Field), Label(rule.DenominatorField)],
            RuleKind.Share => type?.Field(rule.GroupField!)?.Kind == FieldKind.Site
                ? T["有{0}的安置点占全部安置点的百分比", records]
                : T["有{0}的“{1}”占台账中全部“{1}”的百分比", records, Label(rule.GroupField)],
            RuleKind.Milestone => T["{0}已填写“{1}”即为完成", records, Label(rule.Field)],
            _ => rule.Kind.ToString(),
        };
    }

    private string Condition(FieldCondition c, string label, string unit)
    {
        string Bound(string v) => FieldCondition.TryDate(v, out _) ? v : v + unit;
        return c.Operator switch
        {
            ConditionOperator.OneOf => T["{0}为{1}", label, string.Join(T["或"].Value, c.Values.Select(v => $"“{v}”"))],
            ConditionOperator.AtLeast => T["{0}不低于{1}", label, Bound(c.Values[0])],
            ConditionOperator.AtMost => T["{0}不高于{1}", label, Bound(c.Values[0])],
            _ => T["{0}在{1}至{2}之间", label, Bound(c.Values[0]), Bound(c.Values[1])],
        };
    }

    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

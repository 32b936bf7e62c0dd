using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>The admin's form for the rule computing one target; the target comes from the route, never the form.</summary>
public sealed class TargetRuleForm
{
    public RuleKind Kind { get; set; } = RuleKind.Sum;
    public string ContentType { get; set; } = "";
    public string? Field { get; set; }
    public string? DenominatorField { get; set; }
    public string? GroupField { get; set; }
    public string? DateField { get; set; }
    public string? Explanation { get; set; }
    public List<ConditionForm> Conditions { get; set; } = [];

    public TargetRule ToRule(string targetKey) => new()
    {
        Kind = Kind, TargetKey = targetKey, ContentType = ContentType.Trim(),
        Field = Blank(Field), DenominatorField = Blank(DenominatorField), GroupField = Blank(GroupField), DateField = Blank(DateField),
        Explanation = Blank(Explanation),
        Where = Conditions.Where(c => !string.IsNullOrWhiteSpace(c.Field)).Select(c => c.ToCondition()).ToList(),
    };

    public static TargetRuleForm From(TargetRule rule) => new()
    {
        Kind = rule.Kind, ContentType = rule.ContentType, Field = rule.Field, DenominatorField = rule.DenominatorField,
        GroupField = rule.GroupField, DateField = rule.DateField, Explanation = rule.Explanation,
        Conditions = rule.Where.Select(c => new ConditionForm
        {
            Field = c.Field, Operator = c.Operator,
            Value = c.Operator == ConditionOperator.OneOf ? string.Join("、", c.Values) : c.Values[0],
            Value2 = c.Values.Count > 1 && c.Operator == ConditionOperator.Between ? c.Values[1] : null,
        }).ToList(),
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed class ConditionForm
{
    public string? Field { get; set; }
    public ConditionOperator Operator { get; set; }
    /// <summary>OneOf: values separated by 、 or commas; otherwise the (lower) bound.</summary>
    public string? Value { get; set; }
    public string? Value2 { get; set; }

    public FieldCondition ToCondition()
    {
        var field = Field!.Trim();
        var value = Value?.Trim() ?? "";
        return Operator switch
        {
            ConditionOperator.OneOf => new FieldCondition(field, Operator,
                value.Split(['、', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            ConditionOperator.Between => new FieldCondition(field, Operator, [value, Value2?.Trim() ?? ""]),
            _ => new FieldCondition(field, Operator, [value]),
        };
    }
}

/// <summary>What the rule page shows around the form.</summary>
public sealed record TargetRulePage(
    int TargetId, int Year, string TargetKey, string TargetDescription, string? Unit, TargetRuleForm Form, bool Stored,
    IReadOnlyList<ContentTypeDefinition> Types, IReadOnlyList<ContentFieldDefinition> Fields,
    RuleFigure? Preview, string? PreviewExplanation, IReadOnlyDictionary<string, string> Errors);

using System.Globalization;
using Jingyuan.Cms.Content;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// Checks an admin-defined rule against its content type: every field it names exists and is indexed,
/// sums read number fields, bounds parse as numbers or dates of the field's kind, and no other rule
/// (a chapter's or another admin's) already computes the key. Errors are keyed by form field.
/// </summary>
public sealed class AdminTargetRuleValidator(
    IContentDefinitionManager definitions,
    TargetRuleSource source,
    IStringLocalizer<AdminTargetRuleValidator> T)
{
    public async Task<IReadOnlyDictionary<string, string>> ValidateAsync(TargetRule rule)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(rule.TargetKey)) errors["TargetKey"] = T["请选择目标"];
        else if (source.CodeRules().Any(r => r.TargetKey == rule.TargetKey))
            errors["TargetKey"] = T["目标“{0}”已由章节模块的规则计算，不能再定义规则", rule.TargetKey];
        if (await definitions.GetTypeAsync(rule.ContentType) is not { } type)
        {
            errors["ContentType"] = T["请选择存在的内容类型"];
            return errors;
        }

        void Need(string name, string? field, bool required, FieldKind? kind = null)
        {
            if (field is null) { if (required) errors[name] = T["此规则类型须选择字段"]; return; }
            if (type.Field(field) is not { } f) errors[name] = T["内容类型“{0}”没有字段“{1}”", type.Type.DisplayName, field];
            else if (!f.Settings.Indexed) errors[name] = T["字段“{0}”未设为索引字段，不能用于计算", f.Label];
            else if (kind is { } k && f.Kind != k) errors[name] = T["字段“{0}”须为{1}字段", f.Label, T[KindName(k)]];
        }

        var numeric = rule.Kind is RuleKind.Sum or RuleKind.Ratio ? FieldKind.Number : (FieldKind?)null;
        Need("Field", rule.Field, rule.Kind is not (RuleKind.Count or RuleKind.Share), numeric);
        Need("DenominatorField", rule.DenominatorField, rule.Kind == RuleKind.Ratio, FieldKind.Number);
        Need("GroupField", rule.GroupField, rule.Kind == RuleKind.Share);
        Need("DateField", rule.DateField, false, FieldKind.Date);
        for (var i = 0; i < rule.Where.Count; i++)
        {
            var c = rule.Where[i];
            var name = $"Conditions[{i}]";
            Need(name, c.Field, true);
            if (errors.ContainsKey(name)) continue;
            var kind = type.Field(c.Field)!.Kind;
            var bounds = c.Operator == ConditionOperator.OneOf ? 1 : c.Operator == ConditionOperator.Between ? 2 : 1;
            if (c.Values.Count < bounds || c.Values.Any(string.IsNullOrWhiteSpace)) errors[name] = T["请填写条件的值"];
            else if (c.Operator != ConditionOperator.OneOf && kind == FieldKind.Date && !c.Values.All(v => FieldCondition.TryDate(v, out _)))
                errors[name] = T["日期须写成 2024-06-30 的形式"];
            else if (c.Operator != ConditionOperator.OneOf && kind == FieldKind.Number && !c.Values.All(IsNumber))
                errors[name] = T["请填写数字"];
            else if (c.Operator != ConditionOperator.OneOf && kind is not (FieldKind.Number or FieldKind.Date))
                errors[name] = T["“不低于”“不高于”“介于”只能用于数字或日期字段"];
        }
        return errors;
    }

    private static bool IsNumber(string v) => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    private static string KindName(FieldKind kind) => kind == FieldKind.Date ? "日期" : "数字";
}

using System.Text.RegularExpressions;

namespace Jingyuan.Cms.Content;

/// <summary>Rules every type and part definition must follow, whoever saves it.</summary>
public static partial class ContentDefinitionValidator
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,99}$")]
    private static partial Regex TechnicalName();

    public static void ValidateType(ContentTypeDefinition type)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TechnicalName().IsMatch(type.Name)) errors["Name"] = ["名称只能由字母和数字组成，并以字母开头"];
        if (string.IsNullOrWhiteSpace(type.DisplayName)) errors["DisplayName"] = ["请填写显示名称"];
        if (errors.Count > 0) throw new ContentValidationException(errors);
    }

    public static void ValidatePart(ContentPartDefinition part)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TechnicalName().IsMatch(part.Name)) errors["Name"] = ["名称只能由字母和数字组成，并以字母开头"];
        foreach (var (field, i) in part.Fields.Select((f, i) => (f, i)))
        {
            var key = $"Fields[{i}]";
            if (!TechnicalName().IsMatch(field.Name)) errors[key + ".Name"] = ["字段名只能由字母和数字组成，并以字母开头"];
            if (string.IsNullOrWhiteSpace(field.Label)) errors[key + ".Label"] = ["请填写字段标签"];
            if (field.Settings.Min > field.Settings.Max) errors[key + ".Settings"] = ["最小值不能大于最大值"];
            if (field.Kind is FieldKind.Choice or FieldKind.MultiChoice && field.Settings.Options.Count == 0)
                errors[key + ".Settings.Options"] = ["选项字段至少需要一个选项"];
        }
        var duplicate = part.Fields.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) errors["Fields"] = [$"字段名重复：{duplicate.Key}"];
        if (errors.Count > 0) throw new ContentValidationException(errors);
    }

    public static void ValidateUniqueFieldNames(ContentTypeDefinition type, IEnumerable<ContentPartDefinition> parts)
    {
        var duplicate = parts.SelectMany(p => p.Fields).GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ContentValidationException(new Dictionary<string, string[]>
            {
                ["Parts"] = [$"类型 {type.Name} 的不同部件中有同名字段：{duplicate.Key}"],
            });
    }
}

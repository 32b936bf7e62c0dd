using System.Globalization;
using System.Text.Json.Nodes;

namespace Jingyuan.Cms.Content;

/// <summary>
/// Turns what a person typed (a form field, a spreadsheet cell) into a stored value.
/// Shared by the admin forms and the Excel importers so both accept the same input.
/// </summary>
public static class FieldValueParser
{
    /// <summary>Returns the value, or an error message in Chinese naming what is wrong.</summary>
    public static (JsonNode? Value, string? Error) Parse(ContentFieldDefinition field, IReadOnlyList<string> raw)
    {
        var text = raw.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        if (field.Kind is FieldKind.MultiChoice)
        {
            var values = raw.Where(v => !string.IsNullOrWhiteSpace(v))
                .SelectMany(v => v.Split(['，', ',', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Distinct().ToList();
            return (values.Count == 0 ? null : new JsonArray(values.Select(v => (JsonNode)v).ToArray()), null);
        }
        if (text is null) return (null, null);

        return field.Kind switch
        {
            FieldKind.Number => decimal.TryParse(text.Replace(",", "").Replace("，", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
                ? (JsonValue.Create(d), null) : (null, "请输入数字"),
            FieldKind.Date => TryParseDate(text, out var date)
                ? (JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), null)
                : (null, "请输入日期，格式如 2023-03-20"),
            FieldKind.Boolean => text.ToLowerInvariant() switch
            {
                "true" or "on" or "1" or "是" or "yes" => (JsonValue.Create(true), null),
                "false" or "off" or "0" or "否" or "no" => (JsonValue.Create(false), null),
                _ => (null, "请填写“是”或“否”"),
            },
            FieldKind.Department or FieldKind.Site => int.TryParse(text, out var id)
                ? (JsonValue.Create(id), null) : (null, "请选择一项"),
            _ => (JsonValue.Create(text), null),
        };
    }

    private static bool TryParseDate(string text, out DateOnly date)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy年M月d日", "yyyy.M.d"];
        return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            || DateOnly.TryParse(text, CultureInfo.InvariantCulture, out date);
    }
}

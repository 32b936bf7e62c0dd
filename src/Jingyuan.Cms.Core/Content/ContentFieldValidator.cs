using System.Globalization;
using System.Text.Json.Nodes;
using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Content;

/// <summary>
/// Checks an item against its type before anything is written, and cleans what must be
/// cleaned (HTML is sanitized here, so no caller can store unsafe markup).
/// </summary>
public sealed class ContentFieldValidator(ISafeHtml sanitizer)
{
    public IReadOnlyDictionary<string, string[]> ValidateAndNormalize(ResolvedContentType type, ContentItem item)
    {
        var errors = new Dictionary<string, string[]>();
        item.DisplayText = item.DisplayText?.Trim() ?? "";
        foreach (var field in type.Fields)
        {
            var error = Check(field, item);
            if (error is not null) errors[field.Name] = [error];
        }
        // A people ledger's title is made from the (normalized) masked person, so no full name reaches lists or the audit trail.
        if (PersonTitles.Applies(type)) item.DisplayText = PersonTitles.Of(type, item) ?? "";
        else if (item.DisplayText.Length == 0) errors[nameof(ContentItem.DisplayText)] = ["请填写标题"];
        else if (item.DisplayText.Length > 500) errors[nameof(ContentItem.DisplayText)] = ["标题不能超过500个字符"];
        // Values of fields the type no longer has are dropped, not kept as hidden data.
        foreach (var stale in item.Data.Select(p => p.Key).Where(k => type.Field(k) is null).ToList())
        {
            item.Data.Remove(stale);
        }
        return errors;
    }

    private string? Check(ContentFieldDefinition field, ContentItem item)
    {
        var value = item.Data[field.Name];
        var s = field.Settings;
        if (IsEmpty(value)) return field.Required ? $"请填写{field.Label}" : null;

        switch (field.Kind)
        {
            case FieldKind.Text or FieldKind.LongText:
                var text = value!.ToString();
                // Stored as the standard writes it (no spaces, upper-case X), so equal numbers index equal.
                if (s.Format == TextFormat.ChineseIdNumber) item.Data[field.Name] = text = People.ChineseIdNumber.Normalize(text);
                if (text.Length > (s.MaxLength ?? (field.Kind == FieldKind.Text ? 500 : 20000)))
                    return $"{field.Label}不能超过{s.MaxLength ?? (field.Kind == FieldKind.Text ? 500 : 20000)}个字符";
                if (TextFormats.Problem(s.Format, field.Label, text) is { } shape) return shape;
                break;
            case FieldKind.Html:
                item.Data[field.Name] = sanitizer.Sanitize(value!.ToString());
                break;
            case FieldKind.Number:
                var number = item.GetNumber(field.Name);
                if (number is null) return $"{field.Label}必须是数字";
                if (number < s.Min) return $"{field.Label}不能小于{s.Min.Value.ToString(CultureInfo.InvariantCulture)}";
                if (number > s.Max) return $"{field.Label}不能大于{s.Max.Value.ToString(CultureInfo.InvariantCulture)}";
                break;
            case FieldKind.Date:
                if (item.GetDate(field.Name) is null) return $"{field.Label}不是有效日期";
                break;
            case FieldKind.Choice:
                if (!s.Options.Contains(value!.ToString())) return $"{field.Label}只能从列表中选择";
                break;
            case FieldKind.MultiChoice:
                var bad = item.GetList(field.Name).FirstOrDefault(v => !s.Options.Contains(v));
                if (bad is not null) return $"{field.Label}中的“{bad}”不是可选项";
                break;
            case FieldKind.Files:
                var files = item.GetFiles(field.Name);
                if (files.Count > s.MaxFiles) return $"{field.Label}最多{s.MaxFiles}个文件";
                var wrong = files.FirstOrDefault(f => !FileAllowed(s, f));
                if (wrong is not null) return $"文件“{wrong.FileName}”的类型或大小不符合要求";
                break;
        }
        return null;
    }

    public static bool FileAllowed(FieldSettings s, StoredFile file) =>
        file.Length <= s.MaxFileBytes
        && (s.AllowedExtensions.Count == 0
            || s.AllowedExtensions.Contains(Path.GetExtension(file.FileName).ToLowerInvariant()));

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray a => a.Count == 0,
        JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s),
        _ => false,
    };
}

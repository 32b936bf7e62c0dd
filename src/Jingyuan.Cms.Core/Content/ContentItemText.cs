using System.Text;

namespace Jingyuan.Cms.Content;

/// <summary>
/// An item as "label: value" lines: what the audit trail and version comparison diff.
/// Personal values are masked here, so no diff (stored or shown) ever holds them in clear.
/// </summary>
public static class ContentItemText
{
    /// <param name="omitEmpty">Leave out fields without a value (a printed record lists what was entered).</param>
    public static string Render(ContentItem item, ResolvedContentType type, bool omitEmpty = false)
    {
        var text = new StringBuilder();
        text.Append("标题: ").AppendLine(item.DisplayText);
        foreach (var field in type.Fields)
        {
            var value = field.Kind switch
            {
                FieldKind.Files => string.Join("，", item.GetFiles(field.Name).Select(f => f.FileName)),
                FieldKind.MultiChoice => string.Join("，", item.GetList(field.Name)),
                _ when field.Settings.Personal => PersonalDataMask.Mask(item.GetText(field.Name)),
                _ => item.GetText(field.Name) ?? "",
            };
            if (omitEmpty && value.Length == 0) continue;
            text.Append(field.Label).Append(": ").AppendLine(value);
        }
        return text.ToString();
    }
}

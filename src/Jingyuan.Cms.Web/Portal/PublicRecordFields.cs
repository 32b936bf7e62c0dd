using System.Globalization;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Plan;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Portal;

/// <summary>One field of a record as the public page shows it: plain text, sanitized HTML, or photos.</summary>
public sealed record PublicField(string Label, string? Text, string? Html, IReadOnlyList<StoredFile> Files);

/// <summary>
/// The fields of a published record that the public may read, formatted for people: personal fields
/// and empty values are left out, ids become names, numbers carry their units.
/// </summary>
public sealed class PublicRecordFields(IStringLocalizer<PublicRecordFields> T)
{
    public IReadOnlyList<PublicField> For(ContentItem item, ResolvedContentType type,
        IReadOnlyDictionary<int, string> departments, IReadOnlyDictionary<int, ResettlementSite> sites)
    {
        var fields = new List<PublicField>();
        foreach (var field in type.Fields.Where(f => !f.Settings.Personal))
        {
            var row = field.Kind switch
            {
                FieldKind.Html => Html(field, item.GetText(field.Name)),
                FieldKind.Files => Files(field, item.GetFiles(field.Name)),
                _ => Text(field, Format(item, field, departments, sites)),
            };
            if (row is not null) fields.Add(row);
        }
        return fields;
    }

    private string? Format(ContentItem item, ContentFieldDefinition field,
        IReadOnlyDictionary<int, string> departments, IReadOnlyDictionary<int, ResettlementSite> sites) => field.Kind switch
    {
        FieldKind.Number => item.GetNumber(field.Name) is { } n
            ? (n.ToString("#,0.####", CultureInfo.InvariantCulture) + " " + field.Settings.Unit).Trim() : null,
        FieldKind.Date => item.GetDate(field.Name)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // "否" is a value too, but an unanswered yes/no is not worth a line.
        FieldKind.Boolean => item.Data[field.Name] is null ? null : item.GetBool(field.Name) ? T["是"].Value : T["否"].Value,
        FieldKind.MultiChoice => item.GetList(field.Name) is { Count: > 0 } list ? string.Join("、", list) : null,
        FieldKind.Department => item.GetInt(field.Name) is { } d ? departments.GetValueOrDefault(d) : null,
        FieldKind.Site => item.GetInt(field.Name) is { } s && sites.TryGetValue(s, out var site) ? $"{site.Township} {site.Name}" : null,
        // A link to another item would name something that may not be public.
        FieldKind.ContentLink => null,
        _ => item.GetText(field.Name),
    };

    private static PublicField? Text(ContentFieldDefinition field, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : new PublicField(field.Label, text, null, []);

    private static PublicField? Html(ContentFieldDefinition field, string? html) =>
        string.IsNullOrWhiteSpace(html) ? null : new PublicField(field.Label, null, html, []);

    private static PublicField? Files(ContentFieldDefinition field, IReadOnlyList<StoredFile> files) =>
        files.Count == 0 ? null : new PublicField(field.Label, null, null, files);
}

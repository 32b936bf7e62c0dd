using System.Globalization;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Content.PersonalData;
using Jingyuan.Cms.Data;

namespace Jingyuan.Cms.Content;

/// <summary>
/// Converts between the stored row and the <see cref="ContentItem"/> modules work with.
/// Personal values are encrypted on the way in; they are decrypted only when a protector is
/// passed (the content manager's reads), so other readers of rows see ciphertext.
/// </summary>
internal static class ContentItemMapper
{
    public static ContentItem ToItem(ContentItemRecord r) => ToItem(r, null);

    public static ContentItem ToItem(ContentItemRecord r, PersonalDataProtector? personal) => new()
    {
        VersionId = r.Id, ContentItemId = r.ContentItemId, Number = r.Number, ContentType = r.ContentType,
        Status = r.Status, Latest = r.Latest, Published = r.Published, DisplayText = r.DisplayText,
        DepartmentId = r.DepartmentId, Year = r.Year, Owner = r.Owner, ModifiedBy = r.ModifiedBy,
        CreatedUtc = DateTime.SpecifyKind(r.CreatedUtc, DateTimeKind.Utc),
        ModifiedUtc = DateTime.SpecifyKind(r.ModifiedUtc, DateTimeKind.Utc),
        PublishedUtc = r.PublishedUtc is { } p ? DateTime.SpecifyKind(p, DateTimeKind.Utc) : null,
        ReviewComment = r.ReviewComment, ConcurrencyStamp = r.ConcurrencyStamp,
        Data = Decrypted(JsonNode.Parse(r.DataJson) as JsonObject ?? [], personal),
    };

    private static JsonObject Decrypted(JsonObject data, PersonalDataProtector? personal) =>
        personal is null ? data : personal.Unprotect(data);

    public static async Task<ContentItemRecord> ToRecordAsync(ContentItem item, ResolvedContentType type, PersonalDataProtector personal) => new()
    {
        ContentItemId = item.ContentItemId, Number = item.Number, ContentType = item.ContentType,
        Status = item.Status, Latest = item.Latest, Published = item.Published, DisplayText = item.DisplayText,
        DepartmentId = item.DepartmentId, Year = item.Year, Owner = item.Owner, ModifiedBy = item.ModifiedBy,
        CreatedUtc = item.CreatedUtc, ModifiedUtc = item.ModifiedUtc, PublishedUtc = item.PublishedUtc,
        ReviewComment = item.ReviewComment, ConcurrencyStamp = item.ConcurrencyStamp,
        DataJson = personal.Protect(item.Data, type).ToJsonString(CmsJson.Options),
        FieldIndex = await BuildFieldIndexAsync(item, type, personal),
    };

    /// <summary>
    /// One index row per value of each indexed field, typed for SQL filtering and sums.
    /// A personal field gets only the keyed hash of its value: exact lookup, no plaintext.
    /// </summary>
    public static async Task<List<ContentFieldIndexRecord>> BuildFieldIndexAsync(ContentItem item, ResolvedContentType type,
        PersonalDataProtector personal)
    {
        var rows = new List<ContentFieldIndexRecord>();
        foreach (var field in type.Fields.Where(f => f.Settings.Indexed))
        {
            var values = field.Kind == FieldKind.MultiChoice ? item.GetList(field.Name) : [item.GetText(field.Name) ?? ""];
            foreach (var text in values.Where(v => v.Length > 0))
            {
                if (PersonalDataProtector.Applies(field))
                {
                    rows.Add(new ContentFieldIndexRecord { FieldName = field.Name, TextValue = await personal.IndexHashAsync(text!) });
                    continue;
                }
                rows.Add(new ContentFieldIndexRecord
                {
                    FieldName = field.Name,
                    TextValue = text!.Length > 400 ? text[..400] : text,
                    NumberValue = field.Kind == FieldKind.Number ? item.GetNumber(field.Name) : null,
                    DateValue = field.Kind == FieldKind.Date && DateTime.TryParse(text, CultureInfo.InvariantCulture,
                        DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d) ? d : null,
                });
            }
        }
        return rows;
    }
}

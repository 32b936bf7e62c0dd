using System.Globalization;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Data;

namespace Jingyuan.Cms.Content;

/// <summary>Converts between the stored row and the <see cref="ContentItem"/> modules work with.</summary>
internal static class ContentItemMapper
{
    public static ContentItem ToItem(ContentItemRecord r) => new()
    {
        VersionId = r.Id, ContentItemId = r.ContentItemId, Number = r.Number, ContentType = r.ContentType,
        Status = r.Status, Latest = r.Latest, Published = r.Published, DisplayText = r.DisplayText,
        DepartmentId = r.DepartmentId, Year = r.Year, Owner = r.Owner, ModifiedBy = r.ModifiedBy,
        CreatedUtc = DateTime.SpecifyKind(r.CreatedUtc, DateTimeKind.Utc),
        ModifiedUtc = DateTime.SpecifyKind(r.ModifiedUtc, DateTimeKind.Utc),
        PublishedUtc = r.PublishedUtc is { } p ? DateTime.SpecifyKind(p, DateTimeKind.Utc) : null,
        ReviewComment = r.ReviewComment, ConcurrencyStamp = r.ConcurrencyStamp,
        Data = JsonNode.Parse(r.DataJson) as JsonObject ?? [],
    };

    public static ContentItemRecord ToRecord(ContentItem item, ResolvedContentType type) => new()
    {
        ContentItemId = item.ContentItemId, Number = item.Number, ContentType = item.ContentType,
        Status = item.Status, Latest = item.Latest, Published = item.Published, DisplayText = item.DisplayText,
        DepartmentId = item.DepartmentId, Year = item.Year, Owner = item.Owner, ModifiedBy = item.ModifiedBy,
        CreatedUtc = item.CreatedUtc, ModifiedUtc = item.ModifiedUtc, PublishedUtc = item.PublishedUtc,
        ReviewComment = item.ReviewComment, ConcurrencyStamp = item.ConcurrencyStamp,
        DataJson = item.Data.ToJsonString(CmsJson.Options),
        FieldIndex = BuildFieldIndex(item, type).ToList(),
    };

    /// <summary>One index row per value of each indexed field, typed for SQL filtering and sums.</summary>
    private static IEnumerable<ContentFieldIndexRecord> BuildFieldIndex(ContentItem item, ResolvedContentType type)
    {
        foreach (var field in type.Fields.Where(f => f.Settings.Indexed))
        {
            var values = field.Kind == FieldKind.MultiChoice ? item.GetList(field.Name) : [item.GetText(field.Name) ?? ""];
            foreach (var text in values.Where(v => v.Length > 0))
            {
                yield return new ContentFieldIndexRecord
                {
                    FieldName = field.Name,
                    TextValue = text!.Length > 400 ? text[..400] : text,
                    NumberValue = field.Kind == FieldKind.Number ? item.GetNumber(field.Name) : null,
                    DateValue = field.Kind == FieldKind.Date && DateTime.TryParse(text, CultureInfo.InvariantCulture,
                        DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d) ? d : null,
                };
            }
        }
    }
}

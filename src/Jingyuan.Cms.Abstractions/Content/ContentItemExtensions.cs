using System.Globalization;
using System.Text.Json.Nodes;

namespace Jingyuan.Cms.Content;

/// <summary>Typed access to field values stored in <see cref="ContentItem.Data"/>.</summary>
public static class ContentItemExtensions
{
    public static string? GetText(this ContentItem item, string field) =>
        item.Data[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : item.Data[field]?.ToString();

    public static decimal? GetNumber(this ContentItem item, string field) => item.Data[field] switch
    {
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        // Values set in code (not parsed from JSON) keep their CLR type.
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.TryGetValue<double>(out var x) => (decimal)x,
        JsonValue v when v.TryGetValue<string>(out var s)
            && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static int? GetInt(this ContentItem item, string field) =>
        item.GetNumber(field) is { } d ? (int)d : null;

    public static bool GetBool(this ContentItem item, string field) =>
        item.Data[field] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    public static DateOnly? GetDate(this ContentItem item, string field) =>
        DateOnly.TryParse(item.GetText(field), CultureInfo.InvariantCulture, out var d) ? d : null;

    public static IReadOnlyList<string> GetList(this ContentItem item, string field) =>
        item.Data[field] is JsonArray a ? a.Select(x => x?.ToString() ?? "").ToList() : [];

    public static IReadOnlyList<StoredFile> GetFiles(this ContentItem item, string field) =>
        item.Data[field] is JsonArray a
            ? a.OfType<JsonObject>().Select(StoredFile.FromJson).ToList()
            : [];

    public static ContentItem Set(this ContentItem item, string field, JsonNode? value)
    {
        item.Data[field] = value;
        return item;
    }
}

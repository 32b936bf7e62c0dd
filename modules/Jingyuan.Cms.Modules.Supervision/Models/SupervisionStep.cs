using System.Text.Json;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Modules.Supervision.Models;

/// <summary>One step of an item's loop: what, when (UTC), by whom, the note, a date (a progress entry's), evidence.</summary>
public sealed record SupervisionStep(string Kind, DateTime AtUtc, string User, string Note, DateOnly? Date, IReadOnlyList<string> FileIds)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<SupervisionStep> Of(ContentItem item) =>
        item.GetText(SupervisionItemType.Steps) is { Length: > 0 } text
            ? JsonSerializer.Deserialize<List<SupervisionStep>>(text, Json) ?? []
            : [];

    public static void Append(ContentItem item, SupervisionStep step) =>
        item.Set(SupervisionItemType.Steps, JsonValue.Create(JsonSerializer.Serialize(Of(item).Append(step).ToList(), Json)));
}

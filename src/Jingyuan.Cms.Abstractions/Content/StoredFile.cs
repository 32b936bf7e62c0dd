using System.Text.Json.Nodes;

namespace Jingyuan.Cms.Content;

/// <summary>A file attached to a Files field: stored under the media folder, served by id.</summary>
public sealed record StoredFile(string Id, string FileName, string ContentType, long Length)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
    public string Url => $"/media/{Id}";

    public JsonObject ToJson() => new()
    {
        ["id"] = Id, ["name"] = FileName, ["type"] = ContentType, ["length"] = Length,
    };

    public static StoredFile FromJson(JsonObject o) => new(
        o["id"]?.ToString() ?? "", o["name"]?.ToString() ?? "",
        o["type"]?.ToString() ?? "application/octet-stream", o["length"]?.GetValue<long>() ?? 0);
}

using System.Text.Json.Nodes;

namespace Jingyuan.Cms.Content;

/// <summary>
/// One version of a content item. Every save makes a new version; at most one
/// version of an item is published and exactly one is the latest.
/// </summary>
public sealed class ContentItem
{
    /// <summary>
    /// Database id of this version; 0 until saved. The engine treats an item without one as new and
    /// refuses to create it over an id already taken, so an id typed into a form cannot reach a stored item.
    /// </summary>
    public long VersionId { get; set; }
    /// <summary>Stable id of the item across versions.</summary>
    public string ContentItemId { get; set; } = "";
    public int Number { get; set; }
    public string ContentType { get; set; } = "";
    public ContentStatus Status { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public string DisplayText { get; set; } = "";
    /// <summary>Department that owns the item; editors see only their department's items.</summary>
    public int? DepartmentId { get; set; }
    /// <summary>Plan year the item belongs to.</summary>
    public int? Year { get; set; }
    public string Owner { get; set; } = "";
    public string ModifiedBy { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    /// <summary>Reviewer's reason for a rejection or a withdrawal.</summary>
    public string? ReviewComment { get; set; }
    /// <summary>Changes on every save; an edit based on an older stamp is refused.</summary>
    public string ConcurrencyStamp { get; set; } = "";
    /// <summary>Field values keyed by field name.</summary>
    public JsonObject Data { get; set; } = [];

    public ContentItem CloneAsNewVersion()
    {
        return new ContentItem
        {
            VersionId = VersionId, ContentItemId = ContentItemId, ContentType = ContentType, DisplayText = DisplayText,
            DepartmentId = DepartmentId, Year = Year, Owner = Owner, CreatedUtc = CreatedUtc,
            PublishedUtc = PublishedUtc, ConcurrencyStamp = ConcurrencyStamp,
            Data = (JsonObject)Data.DeepClone(),
        };
    }
}

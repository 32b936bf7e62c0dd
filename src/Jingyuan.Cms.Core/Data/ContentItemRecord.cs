namespace Jingyuan.Cms.Data;

/// <summary>
/// One version of a content item. Its columns double as the content index
/// (type, status, department, year, owner, dates) so lists filter and page in SQL.
/// </summary>
public sealed class ContentItemRecord
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public int Number { get; set; }
    public string ContentType { get; set; } = "";
    public Content.ContentStatus Status { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public bool Deleted { get; set; }
    public string DisplayText { get; set; } = "";
    public int? DepartmentId { get; set; }
    public int? Year { get; set; }
    public string Owner { get; set; } = "";
    public string ModifiedBy { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    /// <summary>When this version stopped being the published one (replaced or withdrawn): month-end situations read it.</summary>
    public DateTime? UnpublishedUtc { get; set; }
    public string? ReviewComment { get; set; }
    public string ConcurrencyStamp { get; set; } = "";
    public string DataJson { get; set; } = "{}";
    public List<ContentFieldIndexRecord> FieldIndex { get; set; } = [];
}

/// <summary>Values of indexed fields of one version, one row per value.</summary>
public sealed class ContentFieldIndexRecord
{
    public long Id { get; set; }
    public long VersionId { get; set; }
    public string FieldName { get; set; } = "";
    public string? TextValue { get; set; }
    public decimal? NumberValue { get; set; }
    public DateTime? DateValue { get; set; }
}

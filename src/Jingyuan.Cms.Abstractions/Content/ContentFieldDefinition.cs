namespace Jingyuan.Cms.Content;

/// <summary>A field of a content part. Names are unique within a content type.</summary>
public sealed class ContentFieldDefinition
{
    public required string Name { get; set; }
    public required string Label { get; set; }
    public FieldKind Kind { get; set; }
    public bool Required { get; set; }
    public int Order { get; set; }
    public FieldSettings Settings { get; set; } = new();
}

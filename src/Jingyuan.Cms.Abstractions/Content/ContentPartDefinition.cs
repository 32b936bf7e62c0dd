namespace Jingyuan.Cms.Content;

/// <summary>
/// A reusable group of fields. A type's own fields live in a part named after the type,
/// as in Orchard Core.
/// </summary>
public sealed class ContentPartDefinition
{
    public required string Name { get; set; }
    public string DisplayName { get; set; } = "";
    public List<ContentFieldDefinition> Fields { get; set; } = [];
}

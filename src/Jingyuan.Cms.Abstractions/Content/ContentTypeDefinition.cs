namespace Jingyuan.Cms.Content;

public sealed class ContentTypeDefinition
{
    public required string Name { get; set; }
    public required string DisplayName { get; set; }
    public string Description { get; set; } = "";
    /// <summary>Module that defined the type; its content disappears when the module is disabled.</summary>
    public string? ModuleId { get; set; }
    /// <summary>Names of the parts, in display order. The type's own part is named like the type.</summary>
    public List<string> Parts { get; set; } = [];
    /// <summary>Shown in admin lists and creatable by editors.</summary>
    public bool Listable { get; set; } = true;
    /// <summary>Shown on the public site once published.</summary>
    public bool PublicVisible { get; set; } = true;
    /// <summary>
    /// A ledger an administrator defined for a plan chapter (e.g. a 2024 chapter without a module): its
    /// public records get pages, search and open data like a chapter module's, and its rules are defined in the admin.
    /// </summary>
    public int? PlanChapter { get; set; }
    /// <summary>Published items also appear in the site's RSS feed next to the notices (e.g. 就业创业信息).</summary>
    public bool InFeed { get; set; }
    /// <summary>
    /// A ledger kept month by month: the Date field holding the month a row reports (its first day). Imports fill it
    /// when a row leaves it empty, and the admin shows the situation at any month's end and who has not reported.
    /// </summary>
    public string? LedgerMonthField { get; set; }
}

/// <summary>A type together with its parts, resolved for editing and validation.</summary>
public sealed record ResolvedContentType(ContentTypeDefinition Type, IReadOnlyList<ContentPartDefinition> Parts)
{
    public IEnumerable<ContentFieldDefinition> Fields =>
        Parts.SelectMany(p => p.Fields.OrderBy(f => f.Order));

    public ContentFieldDefinition? Field(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}

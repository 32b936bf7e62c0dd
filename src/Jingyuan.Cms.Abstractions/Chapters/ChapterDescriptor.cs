namespace Jingyuan.Cms.Chapters;

/// <summary>
/// What a chapter module declares about itself: the plan chapter it serves, the content types
/// of its records, how those records add up to the chapter's targets, and which fields its
/// lists filter by. Everything else (dashboard, lists, Excel import/export, computed targets)
/// is shared and provided by the host, so the nine chapter modules stay small.
/// </summary>
public sealed record ChapterDescriptor
{
    /// <summary>Module id (the manifest's); plan chapters may name it in <c>PlanChapter.ModuleId</c>.</summary>
    public required string ModuleId { get; init; }
    /// <summary>Number of the plan chapter served in every year, unless a year names the module on another chapter.</summary>
    public int? PlanChapter { get; init; }
    /// <summary>URL segment of the chapter's admin pages: /admin/chapters/{Slug}.</summary>
    public required string Slug { get; init; }
    public required string Title { get; init; }
    /// <summary>Content types holding the chapter's records, in menu order.</summary>
    public required IReadOnlyList<string> RecordTypes { get; init; }
    /// <summary>Indexed fields offered as list filters (e.g. Task, Industry, Township, Stage).</summary>
    public IReadOnlyList<string> FilterFields { get; init; } = [];
    public IReadOnlyList<TargetRule> Rules { get; init; } = [];
    /// <summary>Declared record types (see <see cref="ChapterDefinition"/>): the host keeps their definitions in step.</summary>
    public IReadOnlyList<RecordTypeShape> RecordShapes { get; init; } = [];
    /// <summary>The module's own admin pages, added to the chapter's menu group.</summary>
    public IReadOnlyList<Navigation.MenuItem> AdminLinks { get; init; } = [];
}
public static class ChapterDescriptorExtensions
{
    /// <summary>The declared label of a record type's field (the name itself when undeclared).</summary>
    public static string LabelOf(this IEnumerable<ChapterDescriptor> chapters, string contentType, string field) =>
        chapters.SelectMany(c => c.RecordShapes).FirstOrDefault(s => s.Type.Name == contentType)
            ?.Fields.FirstOrDefault(f => f.Name == field)?.Label ?? field;
}

namespace Jingyuan.Cms.Modules.Search.Services;

/// <summary>
/// One entry of the index, before it becomes a Lucene document.
/// <see cref="Group"/> lets a whole source be replaced at once (e.g. one plan year).
/// <see cref="Keywords"/> (unit and department names) are found like the body but not shown in snippets.
/// </summary>
public sealed record SearchDocument(
    string Id,
    string Group,
    string Type,
    string TypeName,
    string Title,
    string Body,
    string Url,
    int? Year = null,
    DateTime? PublishedUtc = null,
    string Keywords = "");

/// <summary>Ids, groups and type keys of the indexed sources.</summary>
public static class SearchKeys
{
    public const string ContentGroup = "content";
    public const string PlanTaskType = "PlanTask";
    public const string PlanChapterType = "PlanChapter";

    public static string ContentId(string contentItemId) => "content:" + contentItemId;
    public static string PlanTaskId(int year, int number) => $"plan:{year}:task:{number}";
    public static string PlanChapterId(int year, int number) => $"plan:{year}:chapter:{number}";

    /// <summary>The year of an indexing-task key "plan:{year}" (<see cref="Plan.PlanUrls.IndexKey"/>), if it is one.</summary>
    public static int? PlanYearOf(string key) =>
        key.StartsWith("plan:", StringComparison.Ordinal) && int.TryParse(key.AsSpan(5), out var year) ? year : null;
}

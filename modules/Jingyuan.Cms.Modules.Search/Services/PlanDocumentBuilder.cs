using System.Globalization;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Modules.Search.Services;

/// <summary>Index entries of one plan year: its chapters and tasks, with targets and unit names.</summary>
public sealed class PlanDocumentBuilder(IPlanStore plans, IDepartmentStore departments)
{
    public const string TaskTypeName = "任务";
    public const string ChapterTypeName = "章节";

    /// <summary>Empty when the year has no published plan (any more, or not yet: a draft).</summary>
    public async Task<IReadOnlyList<SearchDocument>> BuildAsync(int year)
    {
        if (await plans.GetYearAsync(year) is not { IsPublished: true } plan) return [];
        var names = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
        var group = PlanUrls.IndexKey(year);
        var documents = new List<SearchDocument>();
        foreach (var chapter in plan.Chapters)
        {
            documents.Add(new SearchDocument(SearchKeys.PlanChapterId(year, chapter.Number), group,
                SearchKeys.PlanChapterType, ChapterTypeName, ChapterNumerals.Heading(chapter),
                Join([chapter.Summary, .. Targets(chapter.Targets)]), PlanUrls.Chapter(year, chapter.Number), year));
            foreach (var task in chapter.Tasks)
            {
                var units = task.LeadUnitIds.Concat(task.ResponsibleUnitIds).Distinct()
                    .Select(id => names.GetValueOrDefault(id)).OfType<string>();
                documents.Add(new SearchDocument(SearchKeys.PlanTaskId(year, task.Number), group,
                    SearchKeys.PlanTaskType, TaskTypeName, $"任务{task.Number}：{task.Title}",
                    Join([task.Text, .. Targets(task.Targets)]), PlanUrls.Task(year, task.Number), year,
                    Keywords: string.Join(" ", units)));
            }
        }
        return documents;
    }

    private static IEnumerable<string> Targets(IEnumerable<PlanTarget> targets) =>
        targets.OrderBy(t => t.SortOrder)
            .Select(t => $"{t.Description} {t.TargetValue.ToString("0.##", CultureInfo.InvariantCulture)}{t.Unit}");

    private static string Join(IEnumerable<string> parts) =>
        string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}

using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>A year's structure for editing: chapters, tasks, targets, with unit and module names.</summary>
public sealed class PlanYearViewModel
{
    public required PlanYear Plan { get; init; }
    public required IReadOnlyDictionary<int, string> DepartmentNames { get; init; }
    public required IReadOnlyDictionary<string, string> ModuleNames { get; init; }

    public string Units(IEnumerable<int> ids) => string.Join("、", ids.Select(id => DepartmentNames.GetValueOrDefault(id, $"#{id}")));
}

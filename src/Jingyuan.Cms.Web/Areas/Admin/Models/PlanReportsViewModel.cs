using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Progress;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>/admin/plan/reports: the tasks the user may report on, each target with its approved figure.</summary>
public sealed class PlanReportsViewModel
{
    public required int Year { get; init; }
    public required IReadOnlyList<int> Years { get; init; }
    public required IReadOnlyList<ReportableTask> Tasks { get; init; }
    public required IReadOnlyDictionary<int, TargetProgress> Progress { get; init; }
    public required IReadOnlyDictionary<int, string> DepartmentNames { get; init; }
    /// <summary>Null when the user sees every task (reviewers).</summary>
    public int? DepartmentId { get; init; }
    public bool CanReview { get; init; }
    public int AwaitingReview { get; init; }

    public string Units(IEnumerable<int> ids) => string.Join("、", ids.Select(id => DepartmentNames.GetValueOrDefault(id, $"#{id}")));
}

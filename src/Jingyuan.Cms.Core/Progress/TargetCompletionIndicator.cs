using System.Globalization;
using Jingyuan.Cms.Assessment;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Progress;

/// <summary>
/// 考核 indicator <c>target-completion</c>: per lead unit (牵头单位) of the year's tasks, the mean over those
/// tasks' quantified targets of their completion, each capped at 100%; a 不超过 target counts 1 when met and 0
/// when exceeded. Read from the stored figures (<see cref="ITargetProgressService"/>), so it costs one read.
/// </summary>
public sealed class TargetCompletionIndicator(
    IPlanStore plans, ITargetProgressService progress, IDepartmentStore departments, IStringLocalizer<TargetCompletionIndicator> T)
    : IAssessmentIndicator
{
    public const string IndicatorKey = "target-completion";

    public string Key => IndicatorKey;

    public string Name => T["目标任务完成"];

    public string ScoringRule => T["牵头任务各项量化指标完成率的平均值（单项最高按100%计；“不超过”类指标达标计100%，超出计0）"];

    public async Task<IReadOnlyList<IndicatorResult>> EvaluateAsync(int year, CancellationToken cancellationToken)
    {
        var plan = await plans.GetYearAsync(year);
        if (plan is null) return [];
        var figures = await progress.ForYearAsync(year);
        var names = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
        var byUnit = new Dictionary<int, List<(PlanTask Task, PlanTarget Target, decimal Share)>>();
        foreach (var task in plan.Chapters.SelectMany(c => c.Tasks))
            foreach (var target in task.Targets)
            {
                var figure = figures.GetValueOrDefault(target.Id);
                var share = target.Comparison == TargetComparison.AtMost
                    ? (figure?.Achieved is { } v && v > target.TargetValue ? 0m : 1m)
                    : Math.Min(100m, figure?.Percent ?? 0m) / 100m;
                foreach (var unit in task.LeadUnitIds)
                    (byUnit.TryGetValue(unit, out var list) ? list : byUnit[unit] = []).Add((task, target, share));
            }
        return byUnit.OrderBy(u => u.Key).Select(u =>
        {
            var attainment = Math.Round(u.Value.Average(x => x.Share), 4);
            var facts = u.Value.OrderBy(x => x.Task.Number).Select(x => new AssessmentFact(
                T["任务{0}「{1}」：完成 {2}%", x.Task.Number, x.Target.Description, (x.Share * 100m).ToString("0.#", CultureInfo.InvariantCulture)],
                Math.Round(x.Share / u.Value.Count, 4), $"/plan/{year}/tasks/{x.Task.Number}")).ToList();
            var key = u.Key.ToString(CultureInfo.InvariantCulture);
            return new IndicatorResult(new AssessedUnit(AssessedUnitKind.Department, key, names.GetValueOrDefault(u.Key, key)), attainment, facts);
        }).ToList();
    }
}

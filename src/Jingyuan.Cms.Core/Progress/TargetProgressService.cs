using System.Globalization;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Time;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Progress;

/// <summary>
/// Achieved values of a year's targets: computed by an enabled module's calculator when one handles
/// the target, otherwise the latest approved progress report. Drafts, submitted and rejected reports
/// never count. Lights follow <see cref="ProgressRule"/> against the share of the year elapsed in China.
/// </summary>
public sealed class TargetProgressService(
    IPlanStore plans,
    IEnumerable<ITargetCalculator> calculators,
    LatestApprovedReports reports,
    IDepartmentStore departments,
    TimeProvider clock,
    IStringLocalizer<TargetProgressService> T) : ITargetProgressService
{
    public async Task<IReadOnlyDictionary<int, TargetProgress>> ForYearAsync(int year)
    {
        var plan = await plans.GetYearAsync(year);
        if (plan is null) return new Dictionary<int, TargetProgress>();
        var targets = plan.Chapters.SelectMany(c => c.Targets.Concat(c.Tasks.SelectMany(t => t.Targets))).ToList();
        var active = calculators.ToList();
        var elapsed = ProgressRule.ElapsedPercent(year, ChinaTime.Today(clock));

        var reported = targets.Any(t => active.All(c => !c.Handles(year, t))) ? await reports.ForYearAsync(year) : null;
        var names = reported is { Count: > 0 } ? (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name) : [];

        var result = new Dictionary<int, TargetProgress>();
        foreach (var target in targets)
        {
            result[target.Id] = active.FirstOrDefault(c => c.Handles(year, target)) is { } calculator
                ? Computed(target, await calculator.CalculateAsync(year, target), elapsed)
                : Reported(target, reported!.GetValueOrDefault(target.Id), names, elapsed);
        }
        return result;
    }

    private static TargetProgress Computed(PlanTarget target, TargetCalculation calculation, decimal elapsed) =>
        new(target, calculation.Achieved, ProgressRule.Percent(target, calculation.Achieved),
            ProgressRule.Light(target, calculation.Achieved, elapsed), calculation.Explanation, calculation.SourceItemIds, Computed: true);

    private TargetProgress Reported(PlanTarget target, ContentItem? report, Dictionary<int, string> names, decimal elapsed)
    {
        var achieved = report?.GetNumber(ProgressReportType.Value);
        var explanation = report is null ? T["尚无审核通过的进度报告"].Value : Explain(target, report, achieved ?? 0, names);
        return new TargetProgress(target, achieved, ProgressRule.Percent(target, achieved), ProgressRule.Light(target, achieved, elapsed),
            explanation, report is null ? [] : [report.ContentItemId], Computed: false);
    }

    private string Explain(PlanTarget target, ContentItem report, decimal achieved, Dictionary<int, string> names)
    {
        var unit = report.DepartmentId is { } d && names.TryGetValue(d, out var name) ? name : T["未知单位"].Value;
        var period = ReportPeriod.TryParse(report.GetText(ProgressReportType.Period), out var p) ? p.Label : "";
        var approved = report.PublishedUtc is { } at
            ? DateOnly.FromDateTime(at.Add(ChinaTime.Offset)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        return T["取自{0}填报的{1}进度报告：截至该期累计完成 {2}{3}（{4}审核通过）",
            unit, period, achieved.ToString("0.##", CultureInfo.InvariantCulture), target.Unit, approved].Value;
    }
}

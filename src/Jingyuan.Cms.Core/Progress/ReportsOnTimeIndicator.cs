using System.Globalization;
using Jingyuan.Cms.Assessment;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Time;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Progress;

/// <summary>
/// 考核 indicator <c>reports-on-time</c>: per department, the periods reported by their due day divided by
/// the periods due (those whose due day has passed, or already reported). Each late or missing report is a fact.
/// </summary>
public sealed class ReportsOnTimeIndicator(
    ReportingCalendar calendar, IDepartmentStore departments, TimeProvider clock,
    IStringLocalizer<ReportsOnTimeIndicator> T) : IAssessmentIndicator
{
    public const string IndicatorKey = "reports-on-time";

    public string Key => IndicatorKey;

    public string Name => T["按时填报"];

    public string ScoringRule => T["按期报送期数 ÷ 应报送期数（迟报、漏报不得分）"];

    public async Task<IReadOnlyList<IndicatorResult>> EvaluateAsync(int year, CancellationToken cancellationToken)
    {
        var obligations = await calendar.ForYearAsync(year, ChinaTime.Today(clock), ct: cancellationToken);
        var names = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
        var results = new List<IndicatorResult>();
        foreach (var unit in obligations.Where(o => o.IsAssessed).GroupBy(o => o.DepartmentId).OrderBy(g => g.Key))
        {
            var due = unit.Count();
            var onTime = unit.Count(o => o.State == ReportState.OnTime);
            var facts = new List<AssessmentFact>
            {
                new(T["应报送 {0} 期，按期报送 {1} 期", due, onTime], 0m, "/admin/plan/reports/calendar"),
            };
            facts.AddRange(unit.Where(o => o.State != ReportState.OnTime).OrderBy(o => o.DueOn).Select(o => new AssessmentFact(
                o.State == ReportState.Late
                    ? T["任务{0}「{1}」{2}：迟报（应于 {3} 前报送，{4} 报送）", o.Task.Number, o.Target.Description, o.Period.Label, Iso(o.DueOn), Iso(o.FiledOn!.Value)]
                    : T["任务{0}「{1}」{2}：漏报（应于 {3} 前报送）", o.Task.Number, o.Target.Description, o.Period.Label, Iso(o.DueOn)],
                -1m / due, $"/admin/plan/tasks/{o.Task.Id}/reports/new")));
            var key = unit.Key.ToString(CultureInfo.InvariantCulture);
            results.Add(new IndicatorResult(
                new AssessedUnit(AssessedUnitKind.Department, key, names.GetValueOrDefault(unit.Key, key)),
                Math.Round((decimal)onTime / due, 4), facts));
        }
        return results;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

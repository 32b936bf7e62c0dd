using System.Globalization;
using Jingyuan.Cms.Assessment;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Time;
using Microsoft.Extensions.Localization;
using I = Jingyuan.Cms.Modules.Supervision.Models.SupervisionItemType;
using S = Jingyuan.Cms.Modules.Supervision.Models.SupervisionStage;

namespace Jingyuan.Cms.Modules.Supervision.Services;

/// <summary>
/// 考核 indicator <c>supervision-on-time</c>: per lead unit, the items closed (办结) by their deadline divided by
/// the items due in the year (deadline passed, or closed). Each late item and each returned item is a fact.
/// Items not yet assigned (立项) and open items not yet due are not counted.
/// </summary>
public sealed class SupervisionOnTimeIndicator(
    SupervisionQueries queries, IDepartmentStore departments, TimeProvider clock,
    IStringLocalizer<SupervisionOnTimeIndicator> T) : IAssessmentIndicator
{
    public const string IndicatorKey = "supervision-on-time";

    public string Key => IndicatorKey;

    public string Name => T["督办事项按期办结"];

    public string ScoringRule => T["按期办结数 ÷ 应办结数（期限已过或已办结的事项；逾期办结、逾期未办结不得分）"];

    public async Task<IReadOnlyList<IndicatorResult>> EvaluateAsync(int year, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var due = new List<(int Unit, ContentItem Item, bool OnTime)>();
        await foreach (var item in queries.AllAsync(new ContentQuery { ContentTypes = [I.Name], Year = year }))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.DepartmentId is not { } unit || item.GetDate(I.Deadline) is not { } deadline) continue;
            var stage = item.GetText(I.Stage);
            if (stage == S.Registered) continue;
            var closedOn = stage == S.Closed ? item.GetDate(I.ClosedOn) : null;
            if (closedOn is null && today <= deadline) continue;   // open and not yet due
            due.Add((unit, item, closedOn is { } c && c <= deadline));
        }
        var names = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
        var results = new List<IndicatorResult>();
        foreach (var unit in due.GroupBy(d => d.Unit).OrderBy(g => g.Key))
        {
            var count = unit.Count();
            var onTime = unit.Count(d => d.OnTime);
            var facts = new List<AssessmentFact> { new(T["应办结 {0} 件，按期办结 {1} 件", count, onTime], 0m, "/admin/supervision") };
            foreach (var (_, item, isOnTime) in unit.OrderBy(d => d.Item.GetText(I.Deadline), StringComparer.Ordinal))
            {
                var url = I.AdminUrl(item.ContentItemId);
                if (!isOnTime)
                    facts.Add(new(item.GetText(I.Stage) == S.Closed
                        ? T["「{0}」逾期办结（期限 {1}，{2} 办结）", item.DisplayText, item.GetText(I.Deadline) ?? "", item.GetText(I.ClosedOn) ?? ""]
                        : T["「{0}」逾期未办结（期限 {1}）", item.DisplayText, item.GetText(I.Deadline) ?? ""], -1m / count, url));
                if (item.GetInt(I.ReturnCount) is > 0 and var returns)
                    facts.Add(new(T["「{0}」复核退回 {1} 次", item.DisplayText, returns], 0m, url));
            }
            var key = unit.Key.ToString(CultureInfo.InvariantCulture);
            results.Add(new IndicatorResult(new AssessedUnit(AssessedUnitKind.Department, key, names.GetValueOrDefault(unit.Key, key)),
                Math.Round((decimal)onTime / count, 4), facts));
        }
        return results;
    }
}

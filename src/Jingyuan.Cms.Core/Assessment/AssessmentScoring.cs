namespace Jingyuan.Cms.Assessment;

/// <summary>
/// The scoring rule, in one place: points = attainment × weight; a unit's total = (its points + its adjustments)
/// ÷ the weights of the indicators that assess it × 100, at least 0, so a unit no indicator assesses is not
/// penalised for it; ranks within departments and within townships, ties sharing a rank (1, 1, 3).
/// </summary>
public static class AssessmentScoring
{
    public const string Rule = AssessmentRule.Description;

    public static IReadOnlyList<UnitAssessment> Score(
        IReadOnlyList<AssessmentSchemeItem> scheme, IReadOnlyDictionary<string, AssessmentIndicatorInfo> indicators,
        IReadOnlyDictionary<string, IReadOnlyList<IndicatorResult>> results, IReadOnlyList<AssessmentAdjustment> adjustments)
    {
        var units = new Dictionary<(AssessedUnitKind, string), (AssessedUnit Unit, List<IndicatorScore> Scores)>();
        foreach (var item in scheme)
        {
            if (!results.TryGetValue(item.IndicatorKey, out var list)) continue;
            var info = indicators.GetValueOrDefault(item.IndicatorKey) ?? new AssessmentIndicatorInfo(item.IndicatorKey, item.IndicatorKey, "");
            foreach (var result in list.Where(r => Applies(item.AppliesTo, r.Unit.Kind)))
            {
                var key = (result.Unit.Kind, result.Unit.Key);
                if (!units.TryGetValue(key, out var entry)) units[key] = entry = (result.Unit, []);
                var attainment = Math.Clamp(result.Attainment, 0m, 1m);
                entry.Scores.Add(new IndicatorScore(info.Key, info.Name, info.ScoringRule, item.Weight, attainment,
                    Math.Round(attainment * item.Weight, 2), result.Facts));
            }
        }
        foreach (var adjustment in adjustments)
        {
            var key = (adjustment.Kind, adjustment.UnitKey);
            if (!units.ContainsKey(key)) units[key] = (new AssessedUnit(adjustment.Kind, adjustment.UnitKey, adjustment.UnitName), []);
        }

        var scored = units.Values.Select(u =>
        {
            var weight = u.Scores.Sum(s => s.Weight);
            var adjusted = adjustments.Where(a => a.Kind == u.Unit.Kind && a.UnitKey == u.Unit.Key).Sum(a => a.Points);
            var total = weight == 0 ? 0m : Math.Max(0m, Math.Round((u.Scores.Sum(s => s.Points) + adjusted) / weight * 100m, 2));
            return new UnitAssessment(u.Unit, u.Scores, adjusted, weight, total, 0);
        }).ToList();

        return scored.GroupBy(u => u.Unit.Kind).OrderBy(g => g.Key).SelectMany(group =>
        {
            var ordered = group.OrderByDescending(u => u.Total).ThenBy(u => u.Unit.Name, StringComparer.Ordinal).ToList();
            return ordered.Select(u => u with { Rank = 1 + ordered.Count(o => o.Total > u.Total) });
        }).ToList();
    }

    private static bool Applies(AssessmentAppliesTo appliesTo, AssessedUnitKind kind) => appliesTo switch
    {
        AssessmentAppliesTo.Departments => kind == AssessedUnitKind.Department,
        AssessmentAppliesTo.Townships => kind == AssessedUnitKind.Township,
        _ => true,
    };
}

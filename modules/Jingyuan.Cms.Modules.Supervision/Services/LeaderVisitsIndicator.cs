using Jingyuan.Cms.Assessment;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Time;
using Microsoft.Extensions.Localization;
using V = Jingyuan.Cms.Modules.Supervision.Models.LeaderVisitType;

namespace Jingyuan.Cms.Modules.Supervision.Services;

/// <summary>
/// 考核 indicator <c>leader-visits</c>, per township: every 包抓 leader of every site of the township (all three
/// levels, of the plan year) must visit the site at least once in each quarter elapsed
/// (<see cref="VisitsPerQuarter"/>). Attainment = quarters visited ÷ quarters due; each missing visit is a fact.
/// Visits count as stored: the visit page is their only way in, and it checks the leader is the site's.
/// </summary>
public sealed class LeaderVisitsIndicator(
    IPlanStore plans, SupervisionQueries queries, TimeProvider clock, IStringLocalizer<LeaderVisitsIndicator> T) : IAssessmentIndicator
{
    public const string IndicatorKey = "leader-visits";

    /// <summary>The named minimum: visits each leader owes the site per quarter.</summary>
    public const int VisitsPerQuarter = 1;

    public string Key => IndicatorKey;

    public string Name => T["包抓走访"];

    public string ScoringRule => T["已走访季度数 ÷ 应走访季度数（每名包抓领导每季度至少走访所包安置区1次，截至本季度）"];

    public async Task<IReadOnlyList<IndicatorResult>> EvaluateAsync(int year, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        if (today.Year < year) return [];
        var quarters = today.Year > year ? 4 : (today.Month - 1) / 3 + 1;
        // Visits per (site, leader name, quarter), from the published visit log of the year.
        var visits = new Dictionary<(int Site, string Leader, int Quarter), int>();
        await foreach (var visit in queries.AllAsync(new ContentQuery { ContentTypes = [V.Name], Scope = ContentVersionScope.Latest }))
        {
            if (visit.GetDate(V.VisitedOn) is not { } day || day.Year != year || visit.GetInt(V.SiteId) is not { } site) continue;
            var key = (site, (visit.GetText(V.Leader) ?? "").Trim(), (day.Month - 1) / 3 + 1);
            visits[key] = visits.GetValueOrDefault(key) + 1;
        }
        var results = new List<IndicatorResult>();
        var sites = await plans.ListSitesAsync();
        foreach (var township in sites.Where(s => s.Township.Length > 0).GroupBy(s => s.Township).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int owed = 0, made = 0;
            var missing = new List<AssessmentFact>();
            foreach (var site in township.OrderBy(s => s.Id))
                foreach (var leader in site.Leaders.Where(l => l.Year == year).OrderBy(l => l.Level).ThenBy(l => l.Id))
                    for (var quarter = 1; quarter <= quarters; quarter++)
                    {
                        owed += VisitsPerQuarter;
                        var done = Math.Min(VisitsPerQuarter, visits.GetValueOrDefault((site.Id, leader.Name.Trim(), quarter)));
                        made += done;
                        if (done < VisitsPerQuarter)
                            missing.Add(new(T["{0}包抓领导{1}（{2}）第{3}季度未走访「{4}」", T[LeaderLevels.Name(leader.Level)],
                                leader.Name, leader.Position, quarter, site.Name], 0m, "/admin/supervision/visits"));
                    }
            if (owed == 0) continue;
            foreach (var i in Enumerable.Range(0, missing.Count)) missing[i] = missing[i] with { Effect = -1m / owed };
            var facts = new List<AssessmentFact> { new(T["应走访 {0} 次，已走访 {1} 次", owed, made], 0m) };
            facts.AddRange(missing);
            results.Add(new IndicatorResult(new AssessedUnit(AssessedUnitKind.Township, township.Key, township.Key),
                Math.Round((decimal)made / owed, 4), facts));
        }
        return results;
    }
}

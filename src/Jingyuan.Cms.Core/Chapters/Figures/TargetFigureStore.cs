using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Plan;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// Stored figures of computed targets. Recomputed when records change (after commit, see
/// <see cref="TargetFigureHandler"/>), by the <c>recompute</c> verb, or when a read finds a figure
/// missing or computed by a rule since changed; pages read a year's figures in one query.
/// </summary>
public sealed class TargetFigureStore(
    CmsDbContext db,
    TargetRuleSource rules,
    RuleRecordLoader loader,
    RuleExplainer explainer,
    IPlanStore plans,
    IContentDefinitionManager definitions,
    TimeProvider clock)
{
    private readonly Dictionary<int, IReadOnlyDictionary<string, TargetFigureRecord>> _years = [];

    /// <summary>The year's figures by target key; stale or missing ones are recomputed first.</summary>
    public async Task<IReadOnlyDictionary<string, TargetFigureRecord>> ForYearAsync(int year)
    {
        if (_years.TryGetValue(year, out var cached)) return cached;
        var stored = await ReadAsync(year);
        var plan = await plans.GetYearAsync(year);
        var keys = KeysOf(plan);
        var stale = rules.Rules().Where(r => keys.Contains(r.TargetKey)
            && (!stored.TryGetValue(r.TargetKey, out var f) || f.RuleHash != HashOf(r))).ToList();
        if (stale.Count > 0)
        {
            await WriteAsync(year, stale);
            stored = await ReadAsync(year);
        }
        return _years[year] = stored;
    }

    /// <summary>Recomputes the rules reading these content types (all rules when null) for every plan year.</summary>
    public Task<int> RecomputeAsync(IReadOnlyCollection<string>? contentTypes = null) =>
        RecomputeWhereAsync(r => contentTypes is null || contentTypes.Contains(r.ContentType));

    /// <summary>An admin rule changed: its key's figures go, and are written again if a rule still computes it.</summary>
    public async Task<int> RecomputeKeyAsync(string targetKey)
    {
        rules.Reset();
        await db.Set<TargetFigureRecord>().Where(f => f.TargetKey == targetKey).ExecuteDeleteAsync();
        return await RecomputeWhereAsync(r => r.TargetKey == targetKey);
    }

    private async Task<int> RecomputeWhereAsync(Func<TargetRule, bool> which)
    {
        var chosen = rules.Rules().Where(which).ToList();
        var written = 0;
        if (chosen.Count == 0) return 0;
        foreach (var year in await plans.ListYearsAsync())
        {
            var keys = KeysOf(await plans.GetYearAsync(year));
            written += await WriteAsync(year, chosen.Where(r => keys.Contains(r.TargetKey)).ToList());
        }
        _years.Clear();
        return written;
    }

    /// <summary>Computes a rule's figure without storing it (the admin's preview, the consistency test).</summary>
    public async Task<RuleFigure> ComputeAsync(TargetRule rule, int year) =>
        RuleEvaluator.Evaluate(rule, year, await loader.LoadAsync(rule.ContentType, year, [rule]), await AllGroupsAsync(rule));

    private async Task<int> WriteAsync(int year, IReadOnlyList<TargetRule> chosen)
    {
        if (chosen.Count == 0) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = new List<TargetFigureRecord>();
        foreach (var ofType in chosen.GroupBy(r => r.ContentType))
        {
            var records = await loader.LoadAsync(ofType.Key, year, ofType.ToList());
            foreach (var rule in ofType)
            {
                var figure = RuleEvaluator.Evaluate(rule, year, records, await AllGroupsAsync(rule));
                rows.Add(new TargetFigureRecord
                {
                    Year = year, TargetKey = rule.TargetKey, Value = figure.Value, RecordCount = figure.RecordCount,
                    SourceIds = string.Join(' ', figure.SourceIds), Explanation = await explainer.ExplainAsync(rule),
                    ComputedUtc = now, RuleHash = HashOf(rule),
                });
            }
        }
        var keys = rows.Select(r => r.TargetKey).ToList();
        await db.InTransactionAsync(async () =>
        {
            await db.Set<TargetFigureRecord>().Where(f => f.Year == year && keys.Contains(f.TargetKey)).ExecuteDeleteAsync();
            db.AddRange(rows);
            await db.SaveChangesAsync();
        });
        foreach (var row in rows) db.Entry(row).State = EntityState.Detached;
        return rows.Count;
    }

    private async Task<Dictionary<string, TargetFigureRecord>> ReadAsync(int year) =>
        await db.Set<TargetFigureRecord>().AsNoTracking().Where(f => f.Year == year).ToDictionaryAsync(f => f.TargetKey);

    // Share over a Site field: every resettlement site is a group, not only those with records.
    private async Task<int?> AllGroupsAsync(TargetRule rule)
    {
        if (rule.Kind != RuleKind.Share || rule.GroupField is null) return null;
        var type = await definitions.GetTypeAsync(rule.ContentType);
        return type?.Field(rule.GroupField)?.Kind == FieldKind.Site ? (await plans.ListSitesAsync()).Count : null;
    }

    private static HashSet<string> KeysOf(PlanYear? plan) => plan is null ? [] :
        plan.Chapters.SelectMany(c => c.Targets.Concat(c.Tasks.SelectMany(t => t.Targets))).Select(t => t.Key).OfType<string>().ToHashSet();

    public static string HashOf(TargetRule rule) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(rule))))[..32];
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Assessment;

/// <summary>
/// The host's 考核 store. A round keeps the indicators' results as computed, the scheme and the adjustments;
/// its scores are derived from those by <see cref="AssessmentScoring"/>. Every change of a round is a
/// conditional update on Status = Draft, so a frozen round is refused by the store itself.
/// </summary>
public sealed partial class AssessmentRounds(
    CmsDbContext db, IEnumerable<IAssessmentIndicator> indicators, ICurrentUser user, IAuditTrail audit, TimeProvider clock,
    IStringLocalizer<AssessmentRounds> T) : IAssessmentRounds
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private DbSet<AssessmentRoundRecord> Rounds => db.Set<AssessmentRoundRecord>();

    public IReadOnlyList<AssessmentIndicatorInfo> Indicators() =>
        indicators.Select(i => new AssessmentIndicatorInfo(i.Key, i.Name, i.ScoringRule)).OrderBy(i => i.Key, StringComparer.Ordinal).ToList();

    public async Task<int> CreateRoundAsync(int year, string label, CancellationToken ct = default)
    {
        label = (label ?? "").Trim();
        if (label.Length is 0 or > 200) throw new AssessmentRefusedException(T["请填写考核轮次名称（200字以内）"]);
        var scheme = await GetSchemeAsync(year);
        if (scheme.Count == 0) throw new AssessmentRefusedException(T["{0}年度还没有考核方案，请先设置指标和权重", year]);
        var round = new AssessmentRoundRecord { Year = year, Label = label, Status = AssessmentRoundStatus.Draft };
        await FillAsync(round, scheme, ct);
        await db.InTransactionAsync(async () =>
        {
            Rounds.Add(round);
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(new AuditEntry(AuditEvents.AssessmentRoundComputed, $"计算{year}年度考核「{label}」（第{round.Id}轮）"));
        }, ct);
        return round.Id;
    }

    public async Task RecomputeAsync(int roundId, CancellationToken ct = default)
    {
        var round = await DraftAsync(roundId);
        var scheme = await GetSchemeAsync(round.Year);
        await FillAsync(round, scheme, ct);
        await db.InTransactionAsync(async () =>
        {
            var changed = await Rounds.Where(r => r.Id == roundId && r.Status == AssessmentRoundStatus.Draft).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.IndicatorResultsJson, round.IndicatorResultsJson).SetProperty(r => r.SchemeJson, round.SchemeJson)
                .SetProperty(r => r.ComputedUtc, round.ComputedUtc).SetProperty(r => r.ComputedBy, round.ComputedBy), ct);
            if (changed == 0) throw Frozen();
            await audit.RecordAsync(new AuditEntry(AuditEvents.AssessmentRoundComputed, $"重新计算{round.Year}年度考核「{round.Label}」（第{round.Id}轮）"));
        }, ct);
    }

    public async Task AdjustAsync(int roundId, AssessedUnitKind kind, string unitKey, decimal points, string reason)
    {
        reason = (reason ?? "").Trim();
        if (reason.Length == 0) throw new AssessmentRefusedException(T["扣分须填写理由（如查实的弄虚作假问题）"]);
        if (reason.Length > 500) throw new AssessmentRefusedException(T["扣分理由不能超过500字"]);
        if (points == 0 || Math.Abs(points) > 100) throw new AssessmentRefusedException(T["分值须为非零数，绝对值不超过100"]);
        var round = await DraftAsync(roundId);
        var unit = Results(round).SelectMany(r => r.Value).Select(r => r.Unit).FirstOrDefault(u => u.Kind == kind && u.Key == unitKey)
            ?? throw new AssessmentRefusedException(T["该单位不在本轮考核范围内"]);
        var adjustments = Adjustments(round).Append(new AssessmentAdjustment(kind, unitKey, unit.Name, points, reason, user.UserName,
            clock.GetUtcNow().UtcDateTime)).ToList();
        var json = JsonSerializer.Serialize(adjustments, Json);
        await db.InTransactionAsync(async () =>
        {
            // Also conditional on the adjustments read: two reviewers adjusting at once do not lose one.
            var changed = await Rounds.Where(r => r.Id == roundId && r.Status == AssessmentRoundStatus.Draft && r.AdjustmentsJson == round.AdjustmentsJson)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.AdjustmentsJson, json));
            if (changed == 0) throw new AssessmentRefusedException(T["本轮考核已冻结或刚被他人修改，请刷新后重试"]);
            await audit.RecordAsync(new AuditEntry(AuditEvents.AssessmentAdjusted,
                $"{round.Year}年度考核「{round.Label}」：{unit.Name} {points:+0.##;-0.##} 分，理由：{reason}"));
        });
    }

    public async Task FreezeAsync(int roundId)
    {
        var round = await DraftAsync(roundId);
        var hash = HashOf(round);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.InTransactionAsync(async () =>
        {
            var changed = await Rounds.Where(r => r.Id == roundId && r.Status == AssessmentRoundStatus.Draft
                    && r.IndicatorResultsJson == round.IndicatorResultsJson && r.AdjustmentsJson == round.AdjustmentsJson)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, AssessmentRoundStatus.Frozen).SetProperty(r => r.Sha256, hash)
                    .SetProperty(r => r.FrozenUtc, now).SetProperty(r => r.FrozenBy, user.UserName));
            if (changed == 0) throw new AssessmentRefusedException(T["本轮考核已冻结或刚被他人修改，请刷新后重试"]);
            await audit.RecordAsync(new AuditEntry(AuditEvents.AssessmentFrozen,
                $"确认并冻结{round.Year}年度考核「{round.Label}」（第{round.Id}轮），SHA-256 {hash}"));
        });
    }

    public async Task<AssessmentRound?> GetRoundAsync(int roundId)
    {
        var round = await Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId);
        if (round is null) return null;
        var scheme = JsonSerializer.Deserialize<List<AssessmentSchemeItem>>(round.SchemeJson, Json) ?? [];
        var infos = Indicators().ToDictionary(i => i.Key);
        var adjustments = Adjustments(round);
        return new AssessmentRound(round.Id, round.Year, round.Label, round.Status, round.ComputedUtc, round.ComputedBy, round.FrozenUtc,
            round.FrozenBy, round.Sha256, AssessmentScoring.Score(scheme, infos, Results(round), adjustments), adjustments);
    }

    public async Task<IReadOnlyList<AssessmentRoundSummary>> ListRoundsAsync(int year) =>
        await Rounds.AsNoTracking().Where(r => r.Year == year).OrderByDescending(r => r.Id)
            .Select(r => new AssessmentRoundSummary(r.Id, r.Year, r.Label, r.Status, r.ComputedUtc, r.FrozenUtc)).ToListAsync();

    private async Task FillAsync(AssessmentRoundRecord round, IReadOnlyList<AssessmentSchemeItem> scheme, CancellationToken ct)
    {
        var byKey = indicators.ToDictionary(i => i.Key);
        var results = new Dictionary<string, IReadOnlyList<IndicatorResult>>();
        foreach (var item in scheme)
            if (byKey.TryGetValue(item.IndicatorKey, out var indicator)) results[item.IndicatorKey] = await indicator.EvaluateAsync(round.Year, ct);
        round.IndicatorResultsJson = JsonSerializer.Serialize(results, Json);
        round.SchemeJson = JsonSerializer.Serialize(scheme, Json);
        round.ComputedUtc = clock.GetUtcNow().UtcDateTime;
        round.ComputedBy = user.UserName;
    }

    private async Task<AssessmentRoundRecord> DraftAsync(int roundId)
    {
        var round = await Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId)
            ?? throw new AssessmentRefusedException(T["考核轮次不存在"]);
        return round.Status == AssessmentRoundStatus.Draft ? round : throw Frozen();
    }

    private AssessmentRefusedException Frozen() => new(T["本轮考核已确认冻结，不能再修改"]);

    private static Dictionary<string, IReadOnlyList<IndicatorResult>> Results(AssessmentRoundRecord round) =>
        JsonSerializer.Deserialize<Dictionary<string, IReadOnlyList<IndicatorResult>>>(round.IndicatorResultsJson, Json) ?? [];

    private static List<AssessmentAdjustment> Adjustments(AssessmentRoundRecord round) =>
        JsonSerializer.Deserialize<List<AssessmentAdjustment>>(round.AdjustmentsJson, Json) ?? [];

    /// <summary>What a frozen round's hash covers: the scheme, the indicators' results and the adjustments as stored.</summary>
    internal static string HashOf(AssessmentRoundRecord round) => Convert.ToHexStringLower(SHA256.HashData(
        Encoding.UTF8.GetBytes($"{round.Year}\n{round.Label}\n{round.SchemeJson}\n{round.IndicatorResultsJson}\n{round.AdjustmentsJson}")));
}

using System.Text.Json;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// Rules administrators define in the admin: checked (<see cref="AdminTargetRuleValidator"/>), stored,
/// audited, and their key's figures recomputed after commit. Callers check the plan permission.
/// </summary>
public sealed class AdminTargetRules(
    CmsDbContext db,
    AdminTargetRuleValidator validator,
    TargetRuleSource source,
    TargetFigureStore figures,
    RuleExplainer explainer,
    IAuditTrail audit,
    ICurrentUser user,
    TimeProvider clock)
{
    public async Task<TargetRule?> FindAsync(string targetKey) =>
        await db.Set<AdminTargetRuleRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.TargetKey == targetKey) is { } row
            ? JsonSerializer.Deserialize<TargetRule>(row.RuleJson, TargetRuleSource.Json) : null;

    public Task<IReadOnlyDictionary<string, string>> ValidateAsync(TargetRule rule) => validator.ValidateAsync(rule);

    /// <summary>What the rule would give for the year and how it is explained, nothing saved.</summary>
    public async Task<(RuleFigure Figure, string Explanation)> PreviewAsync(TargetRule rule, int year) =>
        (await figures.ComputeAsync(rule, year), await explainer.ExplainAsync(rule));

    /// <summary>Saves the rule unless it is invalid; the errors are keyed by field.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(TargetRule rule)
    {
        var errors = await validator.ValidateAsync(rule);
        if (errors.Count > 0) return errors;
        var json = JsonSerializer.Serialize(rule, TargetRuleSource.Json);
        await db.InTransactionAsync(async () =>
        {
            var row = await db.Set<AdminTargetRuleRecord>().FirstOrDefaultAsync(r => r.TargetKey == rule.TargetKey);
            if (row is null) db.Add(row = new AdminTargetRuleRecord { TargetKey = rule.TargetKey });
            row.RuleJson = json;
            row.ChangedUtc = clock.GetUtcNow().UtcDateTime;
            row.ChangedBy = user.UserName;
            await db.SaveChangesAsync();
            await audit.RecordAsync(new AuditEntry(AuditEvents.TargetRuleChanged,
                $"目标“{rule.TargetKey}”的计算规则：{await explainer.ExplainAsync(rule)}") { Diff = json });
            await db.AfterCommitAsync(() => figures.RecomputeKeyAsync(rule.TargetKey));
        });
        return new Dictionary<string, string>();
    }

    public async Task<bool> DeleteAsync(string targetKey)
    {
        var removed = await db.InTransactionAsync(async () =>
        {
            var count = await db.Set<AdminTargetRuleRecord>().Where(r => r.TargetKey == targetKey).ExecuteDeleteAsync();
            if (count == 0) return false;
            await audit.RecordAsync(new AuditEntry(AuditEvents.TargetRuleChanged, $"删除目标“{targetKey}”的计算规则"));
            await db.AfterCommitAsync(() => figures.RecomputeKeyAsync(targetKey));
            return true;
        });
        source.Reset();
        return removed;
    }
}

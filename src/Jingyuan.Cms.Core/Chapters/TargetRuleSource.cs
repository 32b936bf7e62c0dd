using System.Text.Json;
using System.Text.Json.Serialization;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// Every rule that computes a target: the rules of enabled chapter modules and those administrators
/// defined (<see cref="AdminTargetRuleRecord"/>, read once per request). The one place the calculator
/// and the figure store ask, so no two rules can claim one key unnoticed.
/// </summary>
public sealed class TargetRuleSource(IEnumerable<ChapterDescriptor> chapters, CmsDbContext db)
{
    public static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private List<TargetRule>? _rules;

    public IReadOnlyList<TargetRule> Rules()
    {
        if (_rules is not null) return _rules;
        var rules = CodeRules().Concat(AdminRules()).ToList();
        if (rules.GroupBy(r => r.TargetKey).FirstOrDefault(g => g.Count() > 1) is { } clash)
            throw new InvalidOperationException($"Two rules compute target \"{clash.Key}\"; each target key may have one rule only.");
        return _rules = rules;
    }

    public TargetRule? RuleFor(string targetKey) => Rules().FirstOrDefault(r => r.TargetKey == targetKey);

    // Only enabled chapters are in the list (the host filters it).
    public IEnumerable<TargetRule> CodeRules() => chapters.SelectMany(c => c.Rules);

    /// <summary>Admin-defined rules; read synchronously because target calculators answer synchronously.</summary>
    public IReadOnlyList<TargetRule> AdminRules() =>
        db.Set<AdminTargetRuleRecord>().AsNoTracking().OrderBy(r => r.TargetKey).Select(r => r.RuleJson).ToList()
            .Select(json => JsonSerializer.Deserialize<TargetRule>(json, Json)!).ToList();

    /// <summary>Forget what was read: an admin rule changed in this request.</summary>
    public void Reset() => _rules = null;
}

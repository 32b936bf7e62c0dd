using Jingyuan.Cms.Modules;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// Every rule that computes a target: the rules of enabled chapter modules. The one place the
/// calculator and the figure store ask, so no two rules can claim one key unnoticed.
/// </summary>
public sealed class TargetRuleSource(IEnumerable<ChapterDescriptor> chapters, ModuleState modules)
{
    public IReadOnlyList<TargetRule> Rules()
    {
        var rules = chapters.Where(c => modules.IsEnabled(c.ModuleId)).SelectMany(c => c.Rules).ToList();
        if (rules.GroupBy(r => r.TargetKey).FirstOrDefault(g => g.Count() > 1) is { } clash)
            throw new InvalidOperationException($"Two rules compute target \"{clash.Key}\"; each target key may have one rule only.");
        return rules;
    }

    public TargetRule? RuleFor(string targetKey) => Rules().FirstOrDefault(r => r.TargetKey == targetKey);
}

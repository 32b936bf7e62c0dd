using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// Checks every registered chapter before the site starts, so a chapter whose parts disagree fails
/// loudly on the developer's machine instead of showing wrong figures: its record types are declared,
/// every rule reads a declared, indexed field of a declared type, no two rules claim one target key,
/// filters name indexed fields of its types, a monthly ledger's month is
/// one of its declared Date fields, and no two chapters claim one plan chapter or slug.
/// (Target keys no plan year has yet are not errors: the chapter page lists them as unbound.)
/// </summary>
public static class ChapterValidation
{
    public static IReadOnlyList<string> Problems(IReadOnlyCollection<ChapterDescriptor> chapters)
    {
        var problems = new List<string>();
        var shapes = chapters.SelectMany(c => c.RecordShapes).GroupBy(s => s.Type.Name).ToDictionary(g => g.Key, g => g.First());
        foreach (var chapter in chapters)
        {
            var name = $"章节模块 {chapter.ModuleId}";
            if (chapter.RecordTypes.Count == 0) problems.Add($"{name}：没有声明任何台账类型");
            foreach (var type in chapter.RecordTypes.Where(t => !shapes.ContainsKey(t)))
                problems.Add($"{name}：台账类型 {type} 没有声明字段");
            foreach (var filter in chapter.FilterFields.Where(f => !chapter.RecordTypes.Any(t => Indexed(shapes, t, f))))
                problems.Add($"{name}：筛选字段 {filter} 不是本章台账的已索引字段");
            foreach (var rule in chapter.Rules) problems.AddRange(RuleProblems(name, rule, shapes));
            foreach (var shape in chapter.RecordShapes.Where(s => s.Type.LedgerMonthField is not null
                         && !s.Fields.Any(f => f.Name == s.Type.LedgerMonthField && f.Kind == FieldKind.Date && f.Settings.Indexed)))
                problems.Add($"{name}：台账 {shape.Type.Name} 按月维护的字段 {shape.Type.LedgerMonthField} 不是本台账已声明的日期字段");
        }
        foreach (var key in chapters.SelectMany(c => c.Rules.Select(r => (c.ModuleId, r.TargetKey))).GroupBy(x => x.TargetKey).Where(g => g.Count() > 1))
            problems.Add($"指标 {key.Key} 由多条计算规则认领（{string.Join("、", key.Select(x => x.ModuleId))}）");
        foreach (var number in chapters.Where(c => c.PlanChapter is not null).GroupBy(c => c.PlanChapter).Where(g => g.Count() > 1))
            problems.Add($"方案第 {number.Key} 章被多个模块认领：{string.Join("、", number.Select(c => c.ModuleId))}");
        foreach (var slug in chapters.GroupBy(c => c.Slug, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            problems.Add($"后台地址 /admin/chapters/{slug.Key} 被多个模块使用：{string.Join("、", slug.Select(c => c.ModuleId))}");
        return problems;
    }

    /// <summary>Stops the start with every problem listed, so they are fixed at once.</summary>
    public static void ThrowIfInvalid(IReadOnlyCollection<ChapterDescriptor> chapters)
    {
        var problems = Problems(chapters);
        if (problems.Count > 0)
            throw new InvalidOperationException("章节模块定义有误，站点未启动：" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
    }

    private static IEnumerable<string> RuleProblems(string chapter, TargetRule rule, Dictionary<string, RecordTypeShape> shapes)
    {
        var at = $"{chapter}：指标 {rule.TargetKey} 的规则";
        if (!shapes.TryGetValue(rule.ContentType, out var shape))
        {
            yield return $"{at}读取的台账类型 {rule.ContentType} 没有声明";
            yield break;
        }
        foreach (var name in rule.Fields().Where(f => shape.Fields.All(d => d.Name != f || !d.Settings.Indexed)))
            yield return $"{at}读取的字段 {rule.ContentType}.{name} 不存在或未索引";
        var numeric = new[] { rule.SumField, rule.Kind == RuleKind.Ratio ? rule.Field : null, rule.DenominatorField }.OfType<string>();
        foreach (var name in numeric.Where(f => shape.Fields.FirstOrDefault(d => d.Name == f) is { Kind: not FieldKind.Number, Settings.Indexed: true }))
            yield return $"{at}求和的字段 {rule.ContentType}.{name} 不是已索引的数值字段";
        foreach (var condition in rule.Where.Where(c => c.Operator == ConditionOperator.OneOf))
        {
            if (shape.Fields.FirstOrDefault(f => f.Name == condition.Field) is { Kind: FieldKind.Choice } field
                && condition.Values.FirstOrDefault(v => !field.Settings.Options.Contains(v)) is { } unknown)
                yield return $"{at}的条件值“{unknown}”不是 {rule.ContentType}.{condition.Field} 的选项";
        }
    }

    private static bool Indexed(Dictionary<string, RecordTypeShape> shapes, string type, string field) =>
        shapes.TryGetValue(type, out var shape) && shape.Fields.Any(f => f.Name == field && f.Settings.Indexed);
}

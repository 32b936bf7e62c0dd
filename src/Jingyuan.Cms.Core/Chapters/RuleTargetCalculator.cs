using System.Globalization;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// Computes targets from the rules chapter modules declare: sums or counts over the year's
/// published records, in SQL. One implementation serves every chapter.
/// </summary>
public sealed class RuleTargetCalculator(IEnumerable<ChapterDescriptor> chapters, IContentManager contents)
    : ITargetCalculator
{
    public bool Handles(int year, PlanTarget target) => RuleFor(target) is not null;

    public async Task<TargetCalculation> CalculateAsync(int year, PlanTarget target)
    {
        var rule = RuleFor(target) ?? throw new InvalidOperationException($"No rule computes target {target.Key}.");
        var query = QueryFor(rule, year);
        var achieved = rule.SumField is null
            ? (await contents.QueryAsync(query)).Total
            : await contents.SumAsync(query, rule.SumField);
        query.PageSize = 50;
        var sources = await contents.QueryAsync(query);
        return new TargetCalculation(achieved,
            $"{rule.Explanation}（按已发布记录自动计算，当前 {achieved.ToString("0.##", CultureInfo.InvariantCulture)}{target.Unit}，共 {sources.Total} 条记录）",
            sources.Items.Select(i => i.ContentItemId).ToList());
    }

    /// <summary>The published records a rule counts, for the "records behind this figure" lists.</summary>
    public static ContentQuery QueryFor(TargetRule rule, int year) => new()
    {
        ContentTypes = [rule.ContentType],
        Scope = ContentVersionScope.Published,
        Year = year,
        Fields = rule.Where.Select(c => FieldFilter.OneOf(c.Field, c.Values)).ToList(),
        PageSize = 1,
    };

    public TargetRule? RuleFor(PlanTarget target) =>
        chapters.SelectMany(c => c.Rules)
            .FirstOrDefault(r => r.TargetKey == target.Key);
}

using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Web.Portal;

/// <summary>A page of the published records behind a computed target, with the rule that sums them.</summary>
public sealed record TargetRecordPage(TargetRule Rule, string TypeName, string? SumLabel, string? SumUnit, PagedResult<ContentItem> Records);

/// <summary>
/// The records a computed figure is made of, for the public: only of types marked public (an internal
/// ledger such as 消费帮扶采购 is summed but not listed), only published versions, through the same
/// query the calculator sums.
/// </summary>
public sealed class TargetRecords(RuleTargetCalculator calculator, IContentDefinitionManager definitions, IContentManager contents)
{
    public const int PageSize = 20;

    /// <summary>Keys of the targets whose records the public may list.</summary>
    public async Task<IReadOnlySet<string>> ListableAsync(IEnumerable<PlanTarget> targets)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var publicTypes = new Dictionary<string, bool>(StringComparer.Ordinal); // one lookup per type
        foreach (var target in targets)
        {
            if (calculator.RuleFor(target) is not { } rule) continue;
            if (!publicTypes.TryGetValue(rule.ContentType, out var isPublic))
                publicTypes[rule.ContentType] = isPublic = await PublicTypeAsync(rule) is not null;
            if (isPublic) keys.Add(target.Key);
        }
        return keys;
    }

    public async Task<TargetRecordPage?> PageAsync(int year, PlanTarget target, int page)
    {
        if (calculator.RuleFor(target) is not { } rule || await PublicTypeAsync(rule) is not { } type) return null;
        var query = RuleTargetCalculator.QueryFor(rule, year);
        query.SortBy = ContentSort.Published;
        query.Descending = true;
        query.Page = Math.Max(1, page);
        query.PageSize = PageSize;
        var sum = rule.SumField is null ? null : type.Field(rule.SumField);
        return new TargetRecordPage(rule, type.Type.DisplayName, sum?.Label, sum?.Settings.Unit, await contents.QueryAsync(query));
    }

    private async Task<ResolvedContentType?> PublicTypeAsync(TargetRule rule) =>
        await definitions.GetTypeAsync(rule.ContentType) is { Type.PublicVisible: true } type ? type : null;
}

using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Modules.Supervision.Services;

/// <summary>The current published year's tasks in plan order, for the 立项 form's picker.</summary>
public static class PlanTaskChoices
{
    public static async Task<IReadOnlyList<PlanTask>> CurrentAsync(IPlanStore plans) =>
        await plans.CurrentYearAsync() is { } year && await plans.GetYearAsync(year) is { } plan
            ? plan.Chapters.OrderBy(c => c.Number).SelectMany(c => c.Tasks.OrderBy(t => t.Number)).ToList()
            : [];
}

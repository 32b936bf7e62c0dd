using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Web.Portal;

/// <summary>
/// Builds <see cref="PlanOverview"/>: the plan of a year with the approved figures of
/// <see cref="ITargetProgressService"/>, the lights of <see cref="ProgressRule"/> and the completion
/// averages. Cached per year and Beijing date (<see cref="PortalCache"/>).
/// </summary>
public sealed class PlanOverviewService(
    IPlanStore plans,
    ITargetProgressService progress,
    IDepartmentStore departments,
    PortalCache cache,
    IServiceProvider services,
    TimeProvider clock)
{
    public DateOnly Today() => PortalFormat.BeijingToday(clock);

    private IPlanStore Plans => plans;

    public async Task<IReadOnlyList<int>> YearsAsync() =>
        await CachedAsync("portal:years", async s => await s.Plans.ListPublishedYearsAsync() is { Count: > 0 } years ? years : null) ?? [];

    /// <summary>The year shown by default: the latest published year (<see cref="IPlanStore.CurrentYearAsync"/>).</summary>
    public async Task<int?> CurrentYearAsync() =>
        // Nothing is cached while there is no plan yet, so an import shows at once.
        (await CachedAsync("portal:current-year", async s => await s.Plans.CurrentYearAsync() is { } y ? new CurrentYear(y) : null))?.Year;

    private sealed record CurrentYear(int Year);

    public async Task<IReadOnlyList<ResettlementSite>> SitesAsync() =>
        await CachedAsync("portal:sites", async s => await s.Plans.ListSitesAsync()) ?? [];

    /// <summary>The year's overview, or null when there is no published plan for the year (drafts 404).</summary>
    public async Task<PlanOverview?> GetAsync(int year)
    {
        if (year is < PlanRules.MinYear or > PlanRules.MaxYear) return null;
        var today = Today();
        return await CachedAsync($"portal:overview:{year}:{PortalFormat.Iso(today)}", s => s.BuildAsync(year, today));
    }

    private async Task<PlanOverview?> BuildAsync(int year, DateOnly today)
    {
        var plan = await plans.GetYearAsync(year);
        if (plan is not { IsPublished: true }) return null;
        var figures = await progress.ForYearAsync(year);
        var elapsed = ProgressRule.ElapsedPercent(year, today);

        TargetProgress For(PlanTarget target) =>
            figures.TryGetValue(target.Id, out var p) ? p : Missing(target, elapsed);

        var chapters = plan.Chapters.Select(c => new ChapterOverview(
            c,
            c.Tasks.Select(t => new TaskOverview(t, c.Number, t.Targets.Select(For).ToList())).ToList(),
            c.Targets.Select(For).ToList())).ToList();
        var all = chapters.SelectMany(c => c.AllTargets).ToList();
        var units = await departments.ListAsync();
        return new PlanOverview
        {
            Plan = plan,
            AsOf = today,
            ElapsedPercent = elapsed,
            Chapters = chapters,
            Departments = units.ToDictionary(d => d.Id),
            OverallPercent = Completion.Mean(all),
            TargetCount = all.Count,
            TargetsWithData = all.Count(p => p.Achieved is not null),
            ComputedAt = clock.GetUtcNow(),
        };
    }

    /// <summary>A target the progress service did not return: nothing approved, light by the published rule.</summary>
    private static TargetProgress Missing(PlanTarget target, decimal elapsed) => new(
        target, null, 0m, ProgressRule.Light(target, null, elapsed), "尚无审核通过的进度数据。", [], false);

    /// <summary>
    /// Through the cache; <paramref name="create"/> gets this service, or (for a refresh ahead of expiry, run
    /// after the request has ended) the same service from a scope of the cache's own.
    /// </summary>
    private Task<T?> CachedAsync<T>(string key, Func<PlanOverviewService, Task<T?>> create) where T : class =>
        cache.GetOrCreateAsync(key, services, sp => create(ReferenceEquals(sp, services) ? this : sp.GetRequiredService<PlanOverviewService>()));
}

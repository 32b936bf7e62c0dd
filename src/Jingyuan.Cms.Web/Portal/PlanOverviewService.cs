using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Jingyuan.Cms.Web.Portal;

public sealed class PortalOptions
{
    /// <summary>
    /// How long a computed year overview (and the year and site lists) is reused: public pages are
    /// read far more often than reports are approved. Publishing, withdrawing or deleting a progress
    /// report clears the cache at once on this node (<see cref="PortalCacheInvalidator"/>); this
    /// duration bounds how stale a page can be otherwise: plan edits in the admin, changes made by
    /// another web node, and a page computed while the approval's transaction was still open.
    /// Config: Portal:CacheSeconds (0 turns caching off).
    /// </summary>
    public int CacheSeconds { get; set; } = 30;
}

/// <summary>Clears every cached portal figure when approved data changes.</summary>
public sealed class PortalCacheSignal
{
    private CancellationTokenSource source = new();

    public IChangeToken Token => new CancellationChangeToken(Volatile.Read(ref source).Token);

    public void Invalidate()
    {
        var old = Interlocked.Exchange(ref source, new CancellationTokenSource());
        old.Cancel();
        old.Dispose();
    }
}

/// <summary>
/// Builds <see cref="PlanOverview"/>: the plan of a year with the approved figures of
/// <see cref="ITargetProgressService"/>, the lights of <see cref="ProgressRule"/> and the completion
/// averages. Cached per year and Beijing date for <see cref="PortalOptions.CacheSeconds"/>.
/// </summary>
public sealed class PlanOverviewService(
    IPlanStore plans,
    ITargetProgressService progress,
    IDepartmentStore departments,
    IMemoryCache cache,
    PortalCacheSignal signal,
    TimeProvider clock,
    IOptions<PortalOptions> options)
{
    public DateOnly Today() => PortalFormat.BeijingToday(clock);

    public async Task<IReadOnlyList<int>> YearsAsync() =>
        await CachedAsync("portal:years", async () => await plans.ListYearsAsync()) ?? [];

    /// <summary>The year shown by default: the latest year with a plan (<see cref="IPlanStore.CurrentYearAsync"/>).</summary>
    public async Task<int?> CurrentYearAsync()
    {
        var years = await YearsAsync();
        return years.Count == 0 ? null : years.Max();
    }

    public async Task<IReadOnlyList<ResettlementSite>> SitesAsync() =>
        await CachedAsync("portal:sites", async () => await plans.ListSitesAsync()) ?? [];

    /// <summary>The year's overview, or null when there is no plan for the year.</summary>
    public async Task<PlanOverview?> GetAsync(int year)
    {
        if (year is < PlanRules.MinYear or > PlanRules.MaxYear) return null;
        var today = Today();
        return await CachedAsync($"portal:overview:{year}:{PortalFormat.Iso(today)}", () => BuildAsync(year, today));
    }

    private async Task<PlanOverview?> BuildAsync(int year, DateOnly today)
    {
        var plan = await plans.GetYearAsync(year);
        if (plan is null) return null;
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

    private async Task<T?> CachedAsync<T>(string key, Func<Task<T?>> create) where T : class
    {
        var seconds = options.Value.CacheSeconds;
        if (seconds <= 0) return await create();
        if (cache.TryGetValue(key, out T? cached)) return cached;
        // Taken before reading, so an approval made while we read clears what we store.
        var token = signal.Token;
        var value = await create();
        if (value is not null)
        {
            using var entry = cache.CreateEntry(key);
            entry.Value = value;
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds);
            entry.ExpirationTokens.Add(token);
        }
        return value;
    }
}

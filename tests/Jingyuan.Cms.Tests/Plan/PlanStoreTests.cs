using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Plan;

public sealed class PlanStoreTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();

    public async ValueTask InitializeAsync() => await SeededPlan.ImportSeedAsync(database);

    public ValueTask DisposeAsync()
    {
        database.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_whole_year_is_one_query_and_untracked()
    {
        var counter = new CommandCounter();
        await using var db = database.CreateContext(counter);

        var plan = await new PlanStore(db).GetYearAsync(2023);

        Assert.Equal(1, counter.Count);
        Assert.Empty(db.ChangeTracker.Entries());
        Assert.Equal(29, plan!.Chapters.Sum(c => c.Tasks.Count));
        Assert.Equal(Enumerable.Range(1, 9), plan.Chapters.Select(c => c.Number));
    }

    [Fact]
    public async Task Years_current_year_task_and_target_lookups()
    {
        await using var db = database.CreateContext();
        var store = new PlanStore(db);
        await TestAudit.PlanAdmin(db).CopyYearAsync(2023, 2024);

        Assert.Equal([2023, 2024], await store.ListYearsAsync());
        // The copy is a draft: the public default stays on the published year until it is published.
        Assert.Equal([2023], await store.ListPublishedYearsAsync());
        Assert.Equal(2023, await store.CurrentYearAsync());
        Assert.False((await store.GetYearAsync(2024))!.IsPublished);
        await TestAudit.PlanAdmin(db).PublishYearAsync(2024);
        Assert.Equal([2023, 2024], await store.ListPublishedYearsAsync());
        Assert.Equal(2024, await store.CurrentYearAsync());
        var plan = (await store.GetYearAsync(2023))!;
        var task = (await store.GetTaskAsync(plan.Chapters[0].Tasks[1].Id))!;
        Assert.Equal("发展肉牛养殖产业", task.Title);
        Assert.Equal(["2-parks", "2-breeding-cows", "2-new-cattle"], task.Targets.Select(t => t.Key));
        Assert.Equal(1200m, (await store.GetTargetAsync(task.Targets[2].Id))!.TargetValue);
        Assert.Null(await store.GetYearAsync(2030));
        Assert.Equal("冶家", (await store.ListSitesAsync())[0].Name);
    }
}

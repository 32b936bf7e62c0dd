using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Tests.Plan;

public sealed class PlanCopyYearTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();

    public async ValueTask InitializeAsync() => await SeededPlan.ImportSeedAsync(database);

    public ValueTask DisposeAsync()
    {
        database.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<PlanYear> CopyAsync(int from, int to)
    {
        await using var db = database.CreateContext();
        return await TestAudit.PlanAdmin(db).CopyYearAsync(from, to);
    }

    [Fact]
    public async Task Copying_2023_to_2024_leaves_2023_unchanged_and_copies_its_structure()
    {
        var before = await SeededPlan.LoadYearAsync(database, 2023);
        var snapshot = System.Text.Json.JsonSerializer.Serialize(before);

        await CopyAsync(2023, 2024);

        var source = await SeededPlan.LoadYearAsync(database, 2023);
        Assert.Equal(snapshot, System.Text.Json.JsonSerializer.Serialize(source));
        var copy = await SeededPlan.LoadYearAsync(database, 2024);
        Assert.Equal("泾源县移民致富提升行动2024年实施方案", copy.Title);
        Assert.Null(copy.IssuedOn); // not issued yet
        Assert.Equal(source.Goals, copy.Goals);
        Assert.Equal(source.Safeguards.Select(s => (s.Number, s.Title, s.Text)), copy.Safeguards.Select(s => (s.Number, s.Title, s.Text)));
        Assert.Equal(Shape(source), Shape(copy));
        Assert.Equal(["plan:2023", "plan:2024"], await SeededPlan.IndexingKeysAsync(database));
    }

    [Fact]
    public async Task The_copy_has_new_ids_so_no_progress_of_2023_applies_to_it()
    {
        await CopyAsync(2023, 2024);

        var source = await SeededPlan.LoadYearAsync(database, 2023);
        var copy = await SeededPlan.LoadYearAsync(database, 2024);
        Assert.NotEqual(source.Id, copy.Id);
        Assert.Empty(Ids(source, t => t.Id).Intersect(Ids(copy, t => t.Id)));
        Assert.Empty(source.Chapters.SelectMany(c => c.Tasks).Select(t => t.Id).Intersect(copy.Chapters.SelectMany(c => c.Tasks).Select(t => t.Id)));
        await using var db = database.CreateContext();
        Assert.Equal(64, await db.Set<PlanTarget>().CountAsync(t => EF.Property<int>(t, "PlanYearId") == copy.Id, TestContext.Current.CancellationToken)); // 55 of the plan text + 9 implied
        Assert.Equal(9, await db.Set<PlanTarget>().CountAsync(t => EF.Property<int>(t, "PlanYearId") == copy.Id && t.Implied, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Copying_onto_a_year_that_has_a_plan_is_refused()
    {
        await CopyAsync(2023, 2024);

        var ex = await Assert.ThrowsAsync<PlanValidationException>(() => CopyAsync(2023, 2024));
        Assert.Equal("toYear", ex.Field);
        Assert.Equal("2024 年度已有计划", ex.Reason);
    }

    [Fact]
    public async Task Copying_a_year_without_plan_is_refused()
    {
        var ex = await Assert.ThrowsAsync<PlanValidationException>(() => CopyAsync(2022, 2025));
        Assert.Equal("fromYear", ex.Field);
        await using var db = database.CreateContext();
        Assert.False(await db.Set<PlanYear>().AnyAsync(y => y.Year == 2025, TestContext.Current.CancellationToken));
    }

    /// <summary>Everything but ids: the structure a copy must reproduce.</summary>
    private static string Shape(PlanYear plan) => string.Join("\n", plan.Chapters.Select(c =>
        $"{c.Number}|{c.Title}|{c.Summary}|{c.ModuleId}|{Targets(c.Targets)}\n" + string.Join("\n", c.Tasks.Select(t =>
            $"  {t.Number}|{t.Title}|{t.Text}|{string.Join(",", t.LeadUnitIds)}|{string.Join(",", t.ResponsibleUnitIds)}|{string.Join(",", t.Places)}|{Targets(t.Targets)}"))));

    private static string Targets(IEnumerable<PlanTarget> targets) =>
        string.Join(";", targets.Select(t => $"{t.Key}:{t.Description}:{t.TargetValue:0.####}{t.Unit}:{t.Comparison}:{t.Source}:{t.SortOrder}"));

    private static IEnumerable<int> Ids(PlanYear plan, Func<PlanTarget, int> id) =>
        plan.Chapters.SelectMany(c => c.Targets.Concat(c.Tasks.SelectMany(t => t.Targets))).Select(id);
}

using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Recipes;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Tests.Plan;

/// <summary>The plan mappings, importer, exporter and copy on PostgreSQL (jsonb, arrays, numeric).</summary>
public sealed class PostgresPlanTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_seed_imports_once_exports_as_on_SQLite_and_copies()
    {
        await using var postgres = new PostgresTestDatabase();
        var seed = RepoFiles.ReadSeed(SeededPlan.SeedFile);
        await using (var db = postgres.CreateContext())
        {
            Assert.True((await TestAudit.Recipes(db).ImportAsync(seed, Ct)).Succeeded);
        }
        await using (var db = postgres.CreateContext())
        {
            var again = await TestAudit.Recipes(db).ImportAsync(seed, Ct);
            Assert.Equal((0, 0), (again.Added, again.Updated));
        }

        using var sqlite = new SqliteTestDatabase();
        await SeededPlan.ImportSeedAsync(sqlite);
        await using var sqliteDb = sqlite.CreateContext();
        await using (var db = postgres.CreateContext())
        {
            Assert.Equal(await new RecipeExporter(sqliteDb).ExportJsonAsync(2023, Ct), await new RecipeExporter(db).ExportJsonAsync(2023, Ct));
        }

        await using (var db = postgres.CreateContext())
        {
            await TestAudit.PlanAdmin(db).CopyYearAsync(2023, 2024);
        }
        await using (var db = postgres.CreateContext())
        {
            var copy = (await new PlanStore(db).GetYearAsync(2024))!;
            Assert.Equal(29, copy.Chapters.Sum(c => c.Tasks.Count));
            Assert.Equal(6, copy.Safeguards.Count);
            Assert.Equal(5000000m, copy.Chapters[0].Tasks[5].Targets.Single(t => t.Key == "6-bags").TargetValue);
        }
    }

    [Fact]
    public async Task The_database_refuses_a_duplicate_target_key_in_a_year_and_a_target_with_two_owners()
    {
        await using var postgres = new PostgresTestDatabase();
        await using (var db = postgres.CreateContext())
        {
            await TestAudit.Recipes(db).ImportAsync(RepoFiles.ReadSeed(SeededPlan.SeedFile), Ct);
        }
        await using var context = postgres.CreateContext();
        var existing = await context.Set<PlanTarget>().FirstAsync(t => t.TaskId != null, Ct);
        var yearId = context.Entry(existing).Property<int>("PlanYearId").CurrentValue;

        var duplicate = new PlanTarget { Key = existing.Key, Description = "x", TaskId = existing.TaskId };
        context.Add(duplicate);
        context.Entry(duplicate).Property<int>("PlanYearId").CurrentValue = yearId;
        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync(Ct));

        context.ChangeTracker.Clear();
        var twoOwners = new PlanTarget { Key = "x-two-owners", Description = "x", TaskId = existing.TaskId, ChapterId = (await context.Set<PlanChapter>().FirstAsync(Ct)).Id };
        context.Add(twoOwners);
        context.Entry(twoOwners).Property<int>("PlanYearId").CurrentValue = yearId;
        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync(Ct));
    }
}

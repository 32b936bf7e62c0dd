using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Tests.TestSupport;

/// <summary>Helpers for tests that start from the imported 2023 seed.</summary>
public static class SeededPlan
{
    public const string SeedFile = "plan-2023.recipe.json";

    public static async Task<RecipeImportResult> ImportSeedAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateContext();
        var result = await TestAudit.Recipes(db).ImportFileAsync(RepoFiles.Seed(SeedFile));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result;
    }

    public static async Task<PlanYear> LoadYearAsync(SqliteTestDatabase database, int year)
    {
        await using var db = database.CreateContext();
        return await new PlanStore(db).GetYearAsync(year) ?? throw new InvalidOperationException($"no plan {year}");
    }

    public static async Task<List<Department>> DepartmentsAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Set<Department>().AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Id).ToListAsync();
    }

    /// <summary>Keys of the "this changed" log that search reads, oldest first.</summary>
    public static async Task<List<string>> IndexingKeysAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Set<IndexingTaskRecord>().OrderBy(t => t.Id).Select(t => t.ContentItemId).ToListAsync();
    }

    /// <summary>Every plan-related row with ids and foreign keys, as text, to compare database states.</summary>
    public static async Task<string> SnapshotAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateContext();
        var years = await db.Set<PlanYear>().AsNoTracking().OrderBy(y => y.Id).ToListAsync();
        var rows = new List<object>
        {
            years,
            await db.Set<PlanChapter>().AsNoTracking().OrderBy(c => c.Id).ToListAsync(),
            await db.Set<PlanTask>().AsNoTracking().OrderBy(t => t.Id).ToListAsync(),
            await db.Set<PlanTarget>().AsNoTracking().OrderBy(t => t.Id)
                .Select(t => new { Target = t, Year = EF.Property<int>(t, "PlanYearId") }).ToListAsync(),
            await db.Set<Department>().AsNoTracking().OrderBy(d => d.Id).ToListAsync(),
            await db.Set<ResettlementSite>().AsNoTracking().OrderBy(s => s.Id).ToListAsync(),
            await db.Set<SiteLeader>().AsNoTracking().OrderBy(s => s.Id).ToListAsync(),
        };
        return System.Text.Json.JsonSerializer.Serialize(rows, RecipeJson.Options);
    }
}

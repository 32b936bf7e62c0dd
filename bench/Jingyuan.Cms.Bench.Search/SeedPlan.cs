using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Search.Services;
using Jingyuan.Cms.Recipes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Bench.Search;

/// <summary>The 2023 plan seed as the site indexes it: imported into in-memory SQLite, turned into documents by the module.</summary>
internal static class SeedPlan
{
    public static async Task<IReadOnlyList<SearchDocument>> DocumentsAsync(string seedFile)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<SqliteCmsDbContext>().UseSqlite(connection).Options;
        await using var db = new SqliteCmsDbContext(options);
        await db.Database.EnsureCreatedAsync();
        var result = await new RecipeImporter(db, new Audit.AuditTrail(db, new BenchUser(), TimeProvider.System)).ImportFileAsync(seedFile);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Errors));
        return await new PlanDocumentBuilder(new Plan.PlanStore(db), new DepartmentStore(db)).BuildAsync(2023);
    }

    public static string FindSeed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seed = Path.Combine(dir.FullName, "seeds", "plan-2023.recipe.json");
            if (File.Exists(seed)) return seed;
        }
        throw new FileNotFoundException("seeds/plan-2023.recipe.json not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The seed is imported as the system, as the site does on first start.</summary>
    private sealed class BenchUser : Security.ICurrentUser
    {
        public string UserName => "system";
        public string? UserId => null;
        public int? DepartmentId => null;
        public string? RemoteAddress => null;
        public Task<bool> HasPermissionAsync(Security.Permission permission) => Task.FromResult(true);
    }
}

using Jingyuan.Cms.Data;
using Jingyuan.Cms.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Recipes;

public static class RecipeSeeder
{
    /// <summary>
    /// On a database without any plan year, imports every *.recipe.json of the folder (by file name,
    /// all in one transaction). Returns the number of files imported. A broken seed throws
    /// <see cref="RecipeImportException"/> and imports nothing: better than a site with half a plan.
    /// </summary>
    public static async Task<int> SeedOnFirstStartAsync(this IServiceProvider services, string seedFolder, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        if (!Directory.Exists(seedFolder) || await db.Set<PlanYear>().AnyAsync(ct))
        {
            return 0;
        }
        var files = Directory.GetFiles(seedFolder, "*.recipe.json").Order(StringComparer.Ordinal).ToList();
        var importer = scope.ServiceProvider.GetRequiredService<RecipeImporter>();
        return await db.InTransactionAsync(async () =>
        {
            foreach (var file in files)
            {
                var result = await importer.ImportFileAsync(file, ct);
                if (!result.Succeeded)
                {
                    throw new RecipeImportException(Path.GetFileName(file), result.Errors);
                }
            }
            return files.Count;
        }, ct);
    }
}

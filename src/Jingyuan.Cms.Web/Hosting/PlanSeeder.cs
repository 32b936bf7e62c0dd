using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Recipes;

namespace Jingyuan.Cms.Web.Hosting;

/// <summary>
/// Imports the recipes shipped in seeds/ (the 2023 plan) when the database has no plan yet.
/// The folder can be changed with "Seeds:Folder"; an empty value turns seeding off.
/// </summary>
public sealed class PlanSeeder(IServiceProvider services, IConfiguration configuration, ILogger<PlanSeeder> logger) : IStartupSeeder
{
    public async Task SeedAsync()
    {
        var folder = configuration["Seeds:Folder"] ?? Path.Combine(AppContext.BaseDirectory, "seeds");
        if (string.IsNullOrEmpty(folder)) return;
        var imported = await services.SeedOnFirstStartAsync(folder);
        if (imported > 0) logger.LogInformation("Imported {Count} seed recipe(s) from {Folder}.", imported, folder);
    }
}

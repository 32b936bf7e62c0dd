using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Jingyuan.Cms.Plan;

public static class PlanServiceCollectionExtensions
{
    /// <summary>
    /// The plan store, plan admin, recipe import/export and the host's import/export verbs.
    /// Scoped: they use the scoped CmsDbContext, which the host registers.
    /// </summary>
    public static IServiceCollection AddPlan(this IServiceCollection services)
    {
        services.TryAddScoped<IPlanStore, PlanStore>();
        services.TryAddScoped<PlanAdminService>();
        services.TryAddScoped<PlanSetupChecks>();
        services.TryAddScoped<RecipeImporter>();
        services.TryAddScoped<RecipeExporter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandLineVerb, ImportRecipeVerb>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandLineVerb, ExportRecipeVerb>());
        return services;
    }
}

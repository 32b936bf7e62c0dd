using Jingyuan.Cms.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Jingyuan.Cms.Plan;

public static class PlanServiceCollectionExtensions
{
    /// <summary>
    /// The plan store, plan admin and recipe import/export. All scoped: they use the scoped
    /// CmsDbContext, which the host registers.
    /// </summary>
    public static IServiceCollection AddPlan(this IServiceCollection services)
    {
        services.TryAddScoped<IPlanStore, PlanStore>();
        services.TryAddScoped<PlanAdminService>();
        services.TryAddScoped<RecipeImporter>();
        services.TryAddScoped<RecipeExporter>();
        return services;
    }
}

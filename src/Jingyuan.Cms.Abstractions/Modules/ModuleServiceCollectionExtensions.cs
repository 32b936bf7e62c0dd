using System.Reflection;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Modules;

/// <summary>Registration helpers so a module's Startup reads as a list of what it contributes.</summary>
public static class ModuleServiceCollectionExtensions
{
    public static IServiceCollection AddPermissionProvider<T>(this IServiceCollection services)
        where T : class, IPermissionProvider => services.AddSingleton<IPermissionProvider, T>();

    public static IServiceCollection AddDataMigration<T>(this IServiceCollection services)
        where T : class, IDataMigration => services.AddScoped<IDataMigration, T>();

    public static IServiceCollection AddAdminMenu<T>(this IServiceCollection services)
        where T : class, IAdminMenuProvider => services.AddScoped<IAdminMenuProvider, T>();

    public static IServiceCollection AddPublicNavigation<T>(this IServiceCollection services)
        where T : class, IPublicNavigationProvider => services.AddScoped<IPublicNavigationProvider, T>();

    public static IServiceCollection AddDashboardWidget<T>(this IServiceCollection services)
        where T : class, IDashboardWidgetProvider => services.AddScoped<IDashboardWidgetProvider, T>();

    public static IServiceCollection AddContentHandler<T>(this IServiceCollection services)
        where T : class, IContentHandler => services.AddScoped<IContentHandler, T>();

    /// <summary>
    /// Declares a chapter module from its definition; the module id comes from the assembly's manifest.
    /// The host provides its record types, dashboard, lists, Excel and computed targets.
    /// </summary>
    public static IServiceCollection AddChapter<TDefinition>(this IServiceCollection services)
        where TDefinition : ChapterDefinition, new()
    {
        var module = typeof(TDefinition).Assembly.GetCustomAttribute<ModuleAttribute>()
            ?? throw new InvalidOperationException($"{typeof(TDefinition).Assembly.GetName().Name} has no [assembly: Module(...)] manifest.");
        return services.AddSingleton(new TDefinition().Describe(module.Id));
    }

    /// <summary>A typed record handler (<see cref="RecordHandler{TRecord}"/>), called only for its own type.</summary>
    public static IServiceCollection AddRecordHandler<THandler>(this IServiceCollection services)
        where THandler : class, IContentHandler => services.AddScoped<IContentHandler, THandler>();

    public static IServiceCollection AddContentUrls<T>(this IServiceCollection services)
        where T : class, IContentUrlProvider => services.AddSingleton<IContentUrlProvider, T>();
}

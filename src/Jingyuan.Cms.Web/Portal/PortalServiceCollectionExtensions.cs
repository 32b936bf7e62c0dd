using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Web.Navigation;

namespace Jingyuan.Cms.Web.Portal;

public static class PortalServiceCollectionExtensions
{
    /// <summary>The public plan pages' services, cache, navigation and cache invalidation.</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddOptions<PortalOptions>().BindConfiguration("Portal");
        services.AddOptions<Display.SiteInfo>().BindConfiguration(Display.SiteInfo.Section);
        services.AddSingleton<PortalCache>();
        services.AddScoped<PlanOverviewService>();
        services.AddScoped<PortalReports>();
        services.AddScoped<PortalExports>();
        services.AddScoped<PublicRecordFields>();
        services.AddScoped<TargetRecords>();
        services.AddScoped<PublicTallyTables>();
        services.AddContentHandler<PortalCacheInvalidator>();
        services.AddSingleton<Jingyuan.Cms.Chapters.ITargetFiguresChanged, PortalFiguresListener>();
        services.AddPublicNavigation<PortalPublicNavigation>();
        return services;
    }
}

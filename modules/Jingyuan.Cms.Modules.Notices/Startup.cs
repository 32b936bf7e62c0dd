using Jingyuan.Cms.Modules.Notices.Navigation;
using Jingyuan.Cms.Modules.Notices.Services;
using Jingyuan.Cms.Notices;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Modules.Notices;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<Permissions>();
        services.AddDataMigration<Migrations>();
        services.AddAdminMenu<NoticesAdminMenu>();
        services.AddPublicNavigation<NoticesPublicNavigation>();
        services.AddContentHandler<NoticeValidationHandler>();
        services.AddContentUrls<NoticeUrlProvider>();
        services.AddDashboardWidget<NoticeDashboardWidget>();
        services.AddSingleton<NoticeStatusService>();
        services.AddScoped<NoticeQueries>();
        services.AddScoped<NoticeSummaries>();
        services.AddScoped<FeedTypes>();
        services.AddScoped<NoticeFeedWriter>();
        services.AddScoped<INoticePublisher, NoticePublisher>();
    }
}

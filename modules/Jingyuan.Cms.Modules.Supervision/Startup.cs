using Jingyuan.Cms.Modules.Supervision.Navigation;
using Jingyuan.Cms.Assessment;
using Jingyuan.Cms.Modules.Supervision.Services;
using Jingyuan.Cms.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Modules.Supervision;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<Permissions>();
        services.AddDataMigration<Migrations>();
        services.AddAdminMenu<SupervisionAdminMenu>();
        services.AddContentHandler<SupervisionContentGuard>();
        services.AddScoped<SupervisionWriteScope>();
        services.AddScoped<SupervisionLoop>();
        services.AddScoped<SupervisionQueries>();
        services.AddScoped<SupervisionPages>();
        services.AddScoped<InspectionRounds>();
        services.AddScoped<LeaderVisits>();
        services.AddScoped<RaisedItems>();
        services.AddReminderSource<SupervisionReminderSource>();
        services.AddScoped<IAssessmentIndicator, SupervisionOnTimeIndicator>();
        services.AddScoped<IAssessmentIndicator, LeaderVisitsIndicator>();
        services.AddDashboardWidget<SupervisionDashboardWidget>();
    }
}

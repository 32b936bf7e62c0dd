using Jingyuan.Cms.Modules.Industry.Navigation;
using Jingyuan.Cms.Modules.Industry.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Modules.Industry;

/// <summary>
/// The chapter's records and rules. Its admin pages, menu, lists, Excel import/export and computed
/// targets come from the host through the chapter descriptor; records use the standard content
/// permissions with department scope, so the module declares no permissions of its own. Its one page
/// of its own drafts the 公示 of accepted projects.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddChapter(IndustryChapter.Descriptor);
        services.AddDataMigration<Migrations>();
        services.AddContentHandler<IndustryProjectHandler>();
        services.AddContentHandler<ConsumptionPurchaseHandler>();
        services.AddScoped<AcceptanceNoticeComposer>();
        services.AddAdminMenu<IndustryAdminMenu>();
    }
}

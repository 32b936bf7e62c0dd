using Jingyuan.Cms.Modules.Industry.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Modules.Industry;

/// <summary>
/// The chapter (its ledgers, rules and menu link, <see cref="IndustryChapter"/>), its two record handlers,
/// and the one page of its own, which drafts the 公示 of accepted projects.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddChapter<IndustryChapter>();
        services.AddDataMigration<Migrations>();
        services.AddRecordHandler<IndustryProjectHandler>();
        services.AddRecordHandler<ConsumptionPurchaseHandler>();
    }
}

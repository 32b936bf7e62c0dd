using Jingyuan.Cms.Modules.SocialSecurity.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Modules.SocialSecurity;

/// <summary>The chapter (<see cref="SocialSecurityChapter"/>) and the two record handlers of its ledgers.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddChapter<SocialSecurityChapter>();
        services.AddRecordHandler<TripleCoverageHandler>();
        services.AddRecordHandler<MonitoredHouseholdHandler>();
    }
}

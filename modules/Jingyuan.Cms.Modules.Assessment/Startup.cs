using Jingyuan.Cms.Modules.Assessment.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Modules.Assessment;

/// <summary>The module declares its pages, menu and permissions; rounds are kept by the host (IAssessmentRounds).</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<Permissions>();
        services.AddAdminMenu<AssessmentAdminMenu>();
    }
}

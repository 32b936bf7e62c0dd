using Jingyuan.Cms.Modules.Archive.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Modules.Archive;

/// <summary>The module declares its pages, menu and permissions; the packages themselves are the host's (IArchivePackages).</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<Permissions>();
        services.AddAdminMenu<ArchiveAdminMenu>();
    }
}

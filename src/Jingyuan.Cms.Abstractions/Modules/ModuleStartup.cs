using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Modules;

/// <summary>
/// Registers a module's services and routes. One per module, found by the host.
/// Providers (permissions, menus, migrations ...) are registered here with
/// the helpers in <see cref="ModuleServiceCollectionExtensions"/>.
/// </summary>
public abstract class ModuleStartup
{
    public virtual void ConfigureServices(IServiceCollection services) { }

    /// <summary>Routes of the module. Controllers with attribute routes need nothing here.</summary>
    public virtual void MapRoutes(IEndpointRouteBuilder routes) { }
}

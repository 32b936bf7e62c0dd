using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Web.Navigation;

namespace Jingyuan.Cms.Web.Hosting;

internal static class HostContributions
{
    public static IServiceCollection AddHostContributions(this IServiceCollection services) => services
        .AddAdminMenu<HostAdminMenu>()
        .AddPublicNavigation<HostPublicNavigation>()
        .AddScoped<Areas.Admin.Services.ContentFormBinder>();
}

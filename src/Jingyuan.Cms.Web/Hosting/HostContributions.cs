using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Web.Navigation;

namespace Jingyuan.Cms.Web.Hosting;

internal static class HostContributions
{
    public static IServiceCollection AddHostContributions(this IServiceCollection services) => services
        .AddAdminMenu<HostAdminMenu>()
        .AddPublicNavigation<HostPublicNavigation>()
        // Identity's and model binding's validation messages in Chinese, for the admin forms.
        .AddScoped<Microsoft.AspNetCore.Identity.IdentityErrorDescriber, Areas.Admin.Controllers.Support.ChineseIdentityErrors>()
        .AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, Areas.Admin.Controllers.Support.ChineseModelBindingMessages>()
        .AddScoped<Areas.Admin.Services.ContentFormBinder>();
}

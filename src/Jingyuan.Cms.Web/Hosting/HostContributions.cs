using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Web.Navigation;
using Jingyuan.Cms.Web.Portal;

namespace Jingyuan.Cms.Web.Hosting;

internal static class HostContributions
{
    public static IServiceCollection AddHostContributions(this IServiceCollection services) => services
        .AddScoped<IStartupSeeder, PlanSeeder>()
        .AddAdminMenu<HostAdminMenu>()
        // Each enabled chapter module's menu group, from its ChapterDescriptor.
        .AddAdminMenu<ChapterAdminMenu>()
        .AddAdminMenu<PlanAdminMenu>()
        .AddDashboardWidget<ProgressDashboardWidget>()
        .AddDashboardWidget<ReviewQueueDashboardWidget>()
        .AddDashboardWidget<ReportCalendarDashboardWidget>()
        .AddDashboardWidget<SetupChecklistDashboardWidget>()
        .AddPublicNavigation<HostPublicNavigation>()
        // The public plan pages (首页, 工作任务, 安置区, 责任单位, 数据下载): services, cache, navigation.
        .AddPortal()
        // Identity's and model binding's validation messages in Chinese, for the admin forms.
        .AddScoped<Microsoft.AspNetCore.Identity.IdentityErrorDescriber, Areas.Admin.Controllers.Support.ChineseIdentityErrors>()
        .AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, Areas.Admin.Controllers.Support.ChineseModelBindingMessages>()
        .AddScoped<Areas.Admin.Services.ContentFormBinder>();
}

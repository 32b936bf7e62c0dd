using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Security;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Navigation;

/// <summary>年度方案: the plan's structure, the resettlement sites and progress reporting.</summary>
public sealed class PlanAdminMenu(IStringLocalizer<PlanAdminMenu> T) : IAdminMenuProvider
{
    public Task BuildAsync(ICollection<MenuItem> menu)
    {
        var plan = new MenuItem { Text = T["年度方案"], Position = 20, Permission = StandardPermissions.AccessAdmin };
        plan.Children.Add(new MenuItem { Text = T["进度填报"], Url = "/admin/plan/reports", Position = 0, Permission = StandardPermissions.SubmitContent });
        plan.Children.Add(new MenuItem { Text = T["方案管理"], Url = "/admin/plan", Position = 10, Permission = StandardPermissions.ManagePlans });
        plan.Children.Add(new MenuItem { Text = T["安置区"], Url = "/admin/plan/sites", Position = 20, Permission = StandardPermissions.ManagePlans });
        menu.Add(plan);
        return Task.CompletedTask;
    }
}

using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Security;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Navigation;

/// <summary>The host's own admin pages; modules add theirs through their own providers.</summary>
public sealed class HostAdminMenu(IStringLocalizer<HostAdminMenu> T) : IAdminMenuProvider
{
    public Task BuildAsync(ICollection<MenuItem> menu)
    {
        menu.Add(new MenuItem { Text = T["工作台"], Url = "/admin", Position = 0, Permission = StandardPermissions.AccessAdmin });
        menu.Add(new MenuItem { Text = T["通知中心"], Url = "/admin/notifications", Position = 1, Permission = StandardPermissions.AccessAdmin });
        var content = new MenuItem { Text = T["内容管理"], Position = 10, Permission = StandardPermissions.AccessAdmin };
        content.Children.Add(new MenuItem { Text = T["全部内容"], Url = "/admin/content", Position = 0 });
        content.Children.Add(new MenuItem { Text = T["待审核"], Url = "/admin/content?status=Submitted", Position = 1, Permission = StandardPermissions.ReviewContent });
        content.Children.Add(new MenuItem { Text = T["人员查询"], Url = "/admin/persons", Position = 2, Permission = PersonalDataPermissions.RevealPersonalData });
        menu.Add(content);

        var system = new MenuItem { Text = T["系统管理"], Position = 900 };
        system.Children.Add(new MenuItem { Text = T["用户"], Url = "/admin/users", Position = 10, Permission = StandardPermissions.ManageUsers });
        system.Children.Add(new MenuItem { Text = T["角色与权限"], Url = "/admin/roles", Position = 20, Permission = StandardPermissions.ManageRoles });
        system.Children.Add(new MenuItem { Text = T["记录类型权限"], Url = "/admin/record-permissions", Position = 21, Permission = StandardPermissions.ManageRoles });
        system.Children.Add(new MenuItem { Text = T["部门"], Url = "/admin/departments", Position = 30, Permission = StandardPermissions.ManageDepartments });
        system.Children.Add(new MenuItem { Text = T["节假日安排"], Url = "/admin/working-calendar", Position = 35, Permission = StandardPermissions.ManageWorkingCalendar });
        system.Children.Add(new MenuItem { Text = T["内容类型"], Url = "/admin/content-types", Position = 40, Permission = StandardPermissions.ManageContentTypes });
        system.Children.Add(new MenuItem { Text = T["模块"], Url = "/admin/modules", Position = 50, Permission = StandardPermissions.ManageModules });
        system.Children.Add(new MenuItem { Text = T["审计日志"], Url = "/admin/audit", Position = 60, Permission = StandardPermissions.ViewAuditTrail });
        menu.Add(system);
        return Task.CompletedTask;
    }
}

public sealed class HostPublicNavigation(IStringLocalizer<HostPublicNavigation> T) : IPublicNavigationProvider
{
    public Task BuildAsync(ICollection<MenuItem> navigation)
    {
        navigation.Add(new MenuItem { Text = T["首页"], Url = "/", Position = 0 });
        return Task.CompletedTask;
    }
}

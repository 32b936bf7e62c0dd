using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Security;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Supervision.Navigation;

public sealed class SupervisionAdminMenu(IStringLocalizer<SupervisionAdminMenu> T) : IAdminMenuProvider
{
    public Task BuildAsync(ICollection<MenuItem> menu)
    {
        var group = new MenuItem { Text = T["督查督办"], Position = 40, Permission = StandardPermissions.AccessAdmin };
        group.Children.Add(new MenuItem { Text = T["督办事项"], Url = "/admin/supervision", Position = 1 });
        group.Children.Add(new MenuItem
        {
            Text = T["新建督办事项"], Url = "/admin/supervision/items/new", Position = 2, Permission = Permissions.CoordinateSupervision,
        });
        group.Children.Add(new MenuItem { Text = T["督查轮次"], Url = "/admin/supervision/rounds", Position = 3, Permission = Permissions.CoordinateSupervision });
        group.Children.Add(new MenuItem { Text = T["包抓走访记录"], Url = "/admin/supervision/visits", Position = 4 });
        menu.Add(group);
        return Task.CompletedTask;
    }
}

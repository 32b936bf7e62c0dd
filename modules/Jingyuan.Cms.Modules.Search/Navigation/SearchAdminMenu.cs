using Jingyuan.Cms.Navigation;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Search.Navigation;

/// <summary>系统管理 → 搜索索引. The parent's text and position match the host's so the menus merge.</summary>
public sealed class SearchAdminMenu(IStringLocalizer<SearchAdminMenu> T) : IAdminMenuProvider
{
    public Task BuildAsync(ICollection<MenuItem> menu)
    {
        var system = new MenuItem { Text = T["系统管理"], Position = 900 };
        system.Children.Add(new MenuItem
        {
            Text = T["搜索索引"], Url = "/admin/search", Position = 70, Permission = Permissions.ManageSearchIndex,
        });
        menu.Add(system);
        return Task.CompletedTask;
    }
}

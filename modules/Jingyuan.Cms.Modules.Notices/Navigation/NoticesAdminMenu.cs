using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Security;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Notices.Navigation;

public sealed class NoticesAdminMenu(IStringLocalizer<NoticesAdminMenu> T) : IAdminMenuProvider
{
    public Task BuildAsync(ICollection<MenuItem> menu)
    {
        // Merged by text with the host's "内容管理" entry.
        var content = new MenuItem { Text = T["内容管理"], Position = 10, Permission = StandardPermissions.AccessAdmin };
        content.Children.Add(new MenuItem { Text = T["公示公告"], Url = "/admin/content?type=Notice", Position = 50 });
        content.Children.Add(new MenuItem
        {
            Text = T["新建公示公告"], Url = "/admin/content/new/Notice", Position = 51, Permission = StandardPermissions.SubmitContent,
        });
        menu.Add(content);
        return Task.CompletedTask;
    }
}

using Jingyuan.Cms.Modules.Industry.Controllers;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Security;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Industry.Navigation;

/// <summary>Adds 验收结果公示 to the chapter's menu group (merged by text with the host's chapter entry).</summary>
public sealed class IndustryAdminMenu(IStringLocalizer<IndustryAdminMenu> T) : IAdminMenuProvider
{
    public Task BuildAsync(ICollection<MenuItem> menu)
    {
        // The merge keeps the lowest position: a high one leaves the host's chapter order alone.
        var chapter = new MenuItem { Text = IndustryChapter.Descriptor.Title, Position = 899, Permission = StandardPermissions.AccessAdmin };
        chapter.Children.Add(new MenuItem
        {
            Text = T["验收结果公示"], Url = "/" + AcceptanceNoticeController.Path, Position = 20, Permission = StandardPermissions.SubmitContent,
        });
        menu.Add(chapter);
        return Task.CompletedTask;
    }
}

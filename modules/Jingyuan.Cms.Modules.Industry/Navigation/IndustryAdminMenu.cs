using Jingyuan.Cms.Modules.Industry.Controllers;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Security;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Industry.Navigation;

/// <summary>Adds 验收结果公示 to the chapter's menu group (merged by text with the host's chapter entry).</summary>
public sealed class IndustryAdminMenu(IRecordTypeAccess recordTypes, IStringLocalizer<IndustryAdminMenu> T) : IAdminMenuProvider
{
    public async Task BuildAsync(ICollection<MenuItem> menu)
    {
        // Only for units that work on the chapter, like the host's chapter group.
        if (!await recordTypes.CurrentUserWorksOnAsync(IndustryChapter.Descriptor.RecordTypes)) return;
        // The merge keeps the lowest position: a high one leaves the host's chapter order alone.
        var chapter = new MenuItem { Text = IndustryChapter.Descriptor.Title, Position = 899, Permission = StandardPermissions.AccessAdmin };
        chapter.Children.Add(new MenuItem
        {
            Text = T["验收结果公示"], Url = "/" + AcceptanceNoticeController.Path, Position = 20, Permission = StandardPermissions.SubmitContent,
        });
        menu.Add(chapter);
    }
}

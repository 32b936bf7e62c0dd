using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Navigation;

/// <summary>
/// A menu group per enabled chapter module, built from its descriptor: the chapter page, then a list
/// per ledger. Chapter modules therefore write no menu code of their own.
/// </summary>
public sealed class ChapterAdminMenu(
    IEnumerable<ChapterDescriptor> chapters,
    IContentDefinitionManager definitions,
    IRecordTypeAccess recordTypes,
    IStringLocalizer<ChapterAdminMenu> T) : IAdminMenuProvider
{
    public async Task BuildAsync(ICollection<MenuItem> menu)
    {
        var enabled = chapters.ToList();
        if (enabled.Count == 0) return;
        // A department editor sees only the chapters their unit works on (holds a right on one of its types).
        var mine = new List<ChapterDescriptor>();
        foreach (var chapter in enabled) if (await recordTypes.CurrentUserWorksOnAsync(chapter.RecordTypes)) mine.Add(chapter);
        enabled = mine;
        if (enabled.Count == 0) return;
        // One query for all display names; ListTypesAsync already leaves out disabled modules' types.
        var names = (await definitions.ListTypesAsync()).ToDictionary(t => t.Name, t => t.DisplayName);
        for (var i = 0; i < enabled.Count; i++)
        {
            var chapter = enabled[i];
            // After 工作台 (0), 内容管理 (10) and 年度方案 (20); before 系统管理 (900).
            var group = new MenuItem { Id = "chapter:" + chapter.ModuleId, Text = chapter.Title, Position = 30 + i, Permission = StandardPermissions.AccessAdmin };
            group.Children.Add(new MenuItem { Text = T["任务与指标"], Url = ChapterLinks.Dashboard(chapter), Position = 0 });
            // The module's own pages, declared in its definition (localized here, like the rest of the menu).
            foreach (var link in chapter.AdminLinks)
                group.Children.Add(new MenuItem { Id = link.Id, Text = T[link.Text], Url = link.Url, Position = link.Position, Permission = link.Permission });
            var position = 1;
            foreach (var type in chapter.RecordTypes.Where(names.ContainsKey))
            {
                group.Children.Add(new MenuItem { Text = names[type], Url = ChapterLinks.List(type, null), Position = position++ });
            }
            menu.Add(group);
        }
    }
}

using Jingyuan.Cms.Archive;
using Jingyuan.Cms.Modules.Archive.Controllers;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Security;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Archive.Navigation;

public sealed class ArchiveAdminMenu(ICurrentUser user, IStringLocalizer<ArchiveAdminMenu> T) : IAdminMenuProvider
{
    public async Task BuildAsync(ICollection<MenuItem> menu)
    {
        // An entry takes one permission, and either right opens the page: name the one the user holds.
        var permission = await user.HasPermissionAsync(ArchivePermissions.BuildAllArchives)
            ? ArchivePermissions.BuildAllArchives : ArchivePermissions.BuildOwnArchive;
        menu.Add(new MenuItem { Text = T["档案包"], Url = "/" + ArchivePackagesController.Path, Position = 80, Permission = permission });
    }
}

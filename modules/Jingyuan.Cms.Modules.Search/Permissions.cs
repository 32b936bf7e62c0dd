using Jingyuan.Cms.Security;

namespace Jingyuan.Cms.Modules.Search;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageSearchIndex = new("ManageSearchIndex", "管理搜索索引", "系统");

    public IEnumerable<Permission> GetPermissions() => [ManageSearchIndex];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultStereotypes() =>
        [(BuiltInRoles.Administrator, [ManageSearchIndex])];
}

using Jingyuan.Cms.Archive;
using Jingyuan.Cms.Security;

namespace Jingyuan.Cms.Modules.Archive;

/// <summary>A unit archives its own records; the coordinating office's reviewers archive any scope.</summary>
public sealed class Permissions : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => ArchivePermissions.All;

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultStereotypes() =>
    [
        (BuiltInRoles.DepartmentEditor, [ArchivePermissions.BuildOwnArchive]),
        (BuiltInRoles.Reviewer, [ArchivePermissions.BuildAllArchives]),
    ];
}

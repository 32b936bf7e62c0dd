using Jingyuan.Cms.Security;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

public sealed record PermissionGroup(string Category, IReadOnlyList<Permission> Permissions);

public sealed class RolePermissionsViewModel
{
    public required string RoleId { get; init; }
    public required string RoleName { get; init; }
    public required IReadOnlyList<PermissionGroup> Groups { get; init; }
    public required IReadOnlySet<string> Granted { get; init; }
}

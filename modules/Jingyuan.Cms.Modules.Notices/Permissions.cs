using Jingyuan.Cms.Security;

namespace Jingyuan.Cms.Modules.Notices;

/// <summary>
/// Notices are ordinary content: writing, submitting, reviewing and withdrawing them use the
/// standard content permissions with department scope, so the module adds none of its own.
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => [];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultStereotypes() => [];
}

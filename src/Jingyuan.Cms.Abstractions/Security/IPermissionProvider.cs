namespace Jingyuan.Cms.Security;

/// <summary>A module's permissions and which built-in roles get them by default.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    /// <summary>Role name to permissions granted when the role is first created or the module first enabled.</summary>
    IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultStereotypes();
}

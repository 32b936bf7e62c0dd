using Microsoft.AspNetCore.Identity;

namespace Jingyuan.Cms.Security;

public sealed class CmsUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? DepartmentId { get; set; }
    public bool Disabled { get; set; }

    /// <summary>Set when someone else chose the password (first administrator, an administrator's reset):
    /// the user must choose their own at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>When the password was last set (by <see cref="CmsUserStore"/>), for the optional expiry.</summary>
    public DateTimeOffset? PasswordChangedUtc { get; set; }
}

public sealed class CmsRole : IdentityRole
{
    public CmsRole() { }
    public CmsRole(string name) : base(name) { }
    public string Description { get; set; } = "";
}

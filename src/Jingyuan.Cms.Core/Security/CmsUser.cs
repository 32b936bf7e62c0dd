using Microsoft.AspNetCore.Identity;

namespace Jingyuan.Cms.Security;

public sealed class CmsUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? DepartmentId { get; set; }
    public bool Disabled { get; set; }
}

public sealed class CmsRole : IdentityRole
{
    public CmsRole() { }
    public CmsRole(string name) : base(name) { }
    public string Description { get; set; } = "";
}

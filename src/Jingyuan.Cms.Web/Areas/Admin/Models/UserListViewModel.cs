using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

public sealed record UserRow(string Id, string UserName, string DisplayName, string? DepartmentName,
    IReadOnlyList<string> Roles, bool Disabled, bool LockedOut);

public sealed class UserListViewModel
{
    public int? Department { get; init; }
    public string? Role { get; init; }
    public required PagedResult<UserRow> Users { get; init; }
    public required ListPager Pager { get; init; }
    public IReadOnlyList<Department> Departments { get; init; } = [];
    public IReadOnlyList<string> Roles { get; init; } = [];
}

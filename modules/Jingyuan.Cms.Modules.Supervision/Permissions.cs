using Jingyuan.Cms.Security;

namespace Jingyuan.Cms.Modules.Supervision;

/// <summary>
/// Two duties of the loop: the coordinating office (乡村振兴局) raises, assigns, reviews, closes and
/// issues 通报; a lead unit acknowledges, handles and reports on its own items (its department is checked too).
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission CoordinateSupervision =
        new("CoordinateSupervision", "督查督办：立项、交办、复核、办结与通报（统筹办公室）", "督查督办");
    public static readonly Permission HandleSupervision =
        new("HandleSupervision", "督查督办：签收、办理与反馈本单位督办事项", "督查督办");

    public IEnumerable<Permission> GetPermissions() => [CoordinateSupervision, HandleSupervision];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultStereotypes() =>
    [
        (BuiltInRoles.Reviewer, [CoordinateSupervision]),
        (BuiltInRoles.DepartmentEditor, [HandleSupervision]),
    ];
}

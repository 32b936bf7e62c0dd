using Jingyuan.Cms.Assessment;
using Jingyuan.Cms.Security;

namespace Jingyuan.Cms.Modules.Assessment;

/// <summary>The administrator sets the scheme, the coordinating office's reviewers score and freeze, a unit sees its own result.</summary>
public sealed class Permissions : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => AssessmentPermissions.All;

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultStereotypes() =>
    [
        (BuiltInRoles.Administrator, [AssessmentPermissions.ManageAssessmentScheme]),
        (BuiltInRoles.DepartmentEditor, [AssessmentPermissions.ViewOwnAssessment]),
        (BuiltInRoles.Reviewer, [AssessmentPermissions.ConfirmAssessment]),
    ];
}

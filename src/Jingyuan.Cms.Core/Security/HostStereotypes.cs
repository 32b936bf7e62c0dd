namespace Jingyuan.Cms.Security;

/// <summary>What the built-in roles may do out of the box; administrators can change it.</summary>
internal static class HostStereotypes
{
    public static IEnumerable<(string Role, IEnumerable<Permission> Permissions)> All =>
    [
        // Personal data in clear is for the people who keep and check the records, not for the
        // administrator of the system nor the auditor (who sees masked diffs only).
        (BuiltInRoles.Administrator, StandardPermissions.All.Except(PersonalDataPermissions.All)),
        (BuiltInRoles.Reviewer, [
            StandardPermissions.AccessAdmin, StandardPermissions.EditAllContent, StandardPermissions.SubmitContent,
            StandardPermissions.ReviewContent, StandardPermissions.DeleteContent, StandardPermissions.ManagePlans,
            .. PersonalDataPermissions.All,
        ]),
        (BuiltInRoles.DepartmentEditor, [
            StandardPermissions.AccessAdmin, StandardPermissions.EditOwnDepartmentContent, StandardPermissions.SubmitContent,
            .. PersonalDataPermissions.All,
        ]),
        (BuiltInRoles.Auditor, [StandardPermissions.AccessAdmin, StandardPermissions.ViewAuditTrail]),
    ];
}

namespace Jingyuan.Cms.Security;

/// <summary>What the built-in roles may do out of the box; administrators can change it.</summary>
internal static class HostStereotypes
{
    public static IEnumerable<(string Role, IEnumerable<Permission> Permissions)> All =>
    [
        (BuiltInRoles.Administrator, StandardPermissions.All),
        (BuiltInRoles.Reviewer, [
            StandardPermissions.AccessAdmin, StandardPermissions.EditAllContent, StandardPermissions.SubmitContent,
            StandardPermissions.ReviewContent, StandardPermissions.DeleteContent, StandardPermissions.ManagePlans,
        ]),
        (BuiltInRoles.DepartmentEditor, [
            StandardPermissions.AccessAdmin, StandardPermissions.EditOwnDepartmentContent, StandardPermissions.SubmitContent,
        ]),
        (BuiltInRoles.Auditor, [StandardPermissions.AccessAdmin, StandardPermissions.ViewAuditTrail]),
    ];
}

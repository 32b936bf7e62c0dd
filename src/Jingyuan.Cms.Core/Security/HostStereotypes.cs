namespace Jingyuan.Cms.Security;

/// <summary>What the built-in roles may do out of the box; administrators can change it.</summary>
internal static class HostStereotypes
{
    /// <summary>The security administrator's duty (三权分立): accounts, roles and permissions.</summary>
    public static readonly IReadOnlyList<Permission> SecurityDuty = [StandardPermissions.ManageUsers, StandardPermissions.ManageRoles];

    public static IEnumerable<(string Role, IEnumerable<Permission> Permissions)> All =>
    [
        // System configuration only: neither accounts nor the audit trail.
        (BuiltInRoles.Administrator, StandardPermissions.All
            .Where(p => !SecurityDuty.Contains(p) && !DutySeparation.AuditPermissions.Contains(p.Name))),
        (BuiltInRoles.SecurityAdministrator, [StandardPermissions.AccessAdmin, .. SecurityDuty]),
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

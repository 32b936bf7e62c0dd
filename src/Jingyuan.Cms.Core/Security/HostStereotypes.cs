namespace Jingyuan.Cms.Security;

/// <summary>What the built-in roles may do out of the box; administrators can change it.</summary>
internal static class HostStereotypes
{
    /// <summary>The security administrator's duty (三权分立): accounts, roles and permissions.</summary>
    public static readonly IReadOnlyList<Permission> SecurityDuty = [StandardPermissions.ManageUsers, StandardPermissions.ManageRoles];

    public static IEnumerable<(string Role, IEnumerable<Permission> Permissions)> All =>
    [
        // System configuration only: neither accounts nor the audit trail, nor personal data in clear
        // (that is for the people who keep and check the records).
        (BuiltInRoles.Administrator, StandardPermissions.All
            .Where(p => !SecurityDuty.Contains(p) && !DutySeparation.AuditPermissions.Contains(p.Name))
            .Except(PersonalDataPermissions.All)),
        (BuiltInRoles.SecurityAdministrator, [StandardPermissions.AccessAdmin, .. SecurityDuty]),
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

namespace Jingyuan.Cms.Security;

/// <summary>Names of the roles created on first start. Roles themselves stay editable.</summary>
public static class BuiltInRoles
{
    /// <summary>System configuration: plan, modules, content types, departments. Not accounts, not the audit trail.</summary>
    public const string Administrator = "系统管理员";
    /// <summary>Accounts, roles and permissions (三权分立). Not the audit trail.</summary>
    public const string SecurityAdministrator = "安全管理员";
    /// <summary>Reviewer at the coordinating office (乡村振兴局).</summary>
    public const string Reviewer = "审核员";
    public const string DepartmentEditor = "部门编辑";
    /// <summary>Reads and exports the audit trail; changes nothing, holds nothing else.</summary>
    public const string Auditor = "审计员";

    public static readonly IReadOnlyList<string> All = [Administrator, SecurityAdministrator, Reviewer, DepartmentEditor, Auditor];
}

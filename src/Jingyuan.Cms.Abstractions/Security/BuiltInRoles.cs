namespace Jingyuan.Cms.Security;

/// <summary>Names of the roles created on first start. Roles themselves stay editable.</summary>
public static class BuiltInRoles
{
    public const string Administrator = "系统管理员";
    /// <summary>Reviewer at the coordinating office (乡村振兴局).</summary>
    public const string Reviewer = "审核员";
    public const string DepartmentEditor = "部门编辑";
    /// <summary>Reads the audit trail; changes nothing.</summary>
    public const string Auditor = "审计员";

    public static readonly IReadOnlyList<string> All = [Administrator, Reviewer, DepartmentEditor, Auditor];
}

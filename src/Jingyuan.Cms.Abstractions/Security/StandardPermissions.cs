namespace Jingyuan.Cms.Security;

/// <summary>Permissions every installation has; modules add their own.</summary>
public static class StandardPermissions
{
    public static readonly Permission AccessAdmin = new("AccessAdmin", "进入管理后台", "系统");
    public static readonly Permission EditOwnDepartmentContent = new("EditOwnDepartmentContent", "编辑本部门内容", "内容");
    public static readonly Permission EditAllContent = new("EditAllContent", "编辑所有部门内容", "内容");
    public static readonly Permission SubmitContent = new("SubmitContent", "提交审核", "内容");
    public static readonly Permission ReviewContent = new("ReviewContent", "审核、发布与撤回内容", "内容");
    public static readonly Permission DeleteContent = new("DeleteContent", "删除内容", "内容");
    public static readonly Permission ManageContentTypes = new("ManageContentTypes", "管理内容类型", "系统");
    public static readonly Permission ManageUsers = new("ManageUsers", "管理用户", "系统");
    public static readonly Permission ManageRoles = new("ManageRoles", "管理角色与权限", "系统");
    public static readonly Permission ManageDepartments = new("ManageDepartments", "管理部门", "系统");
    public static readonly Permission ManageModules = new("ManageModules", "启用与停用模块", "系统");
    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", "查看审计日志", "系统");
    public static readonly Permission ManagePlans = new("ManagePlans", "管理年度方案", "方案");
    /// <summary>Maintain the holiday calendar (法定节假日, 调休上班) that working days follow.</summary>
    public static readonly Permission ManageWorkingCalendar = new("ManageWorkingCalendar", "维护节假日安排", "系统");

    public static readonly IReadOnlyList<Permission> All =
    [
        AccessAdmin, EditOwnDepartmentContent, EditAllContent, SubmitContent, ReviewContent, DeleteContent,
        ManageContentTypes, ManageUsers, ManageRoles, ManageDepartments, ManageModules, ViewAuditTrail, ManagePlans, ManageWorkingCalendar,
        .. PersonalDataPermissions.All,
    ];
}

using Jingyuan.Cms.Audit;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>Chinese source strings for the audit event names; views pass them through the localizer.</summary>
public static class AuditEventNames
{
    public static readonly IReadOnlyList<(string Event, string Name)> All =
    [
        (AuditEvents.LoginSucceeded, "登录成功"),
        (AuditEvents.LoginFailed, "登录失败"),
        (AuditEvents.Logout, "退出登录"),
        (AuditEvents.ContentCreated, "新建内容"),
        (AuditEvents.ContentEdited, "编辑内容"),
        (AuditEvents.ContentSubmitted, "提交审核"),
        (AuditEvents.ContentApproved, "审核通过"),
        (AuditEvents.ContentRejected, "退回修改"),
        (AuditEvents.ContentPublished, "发布内容"),
        (AuditEvents.ContentUnpublished, "撤回发布"),
        (AuditEvents.ContentDeleted, "删除内容"),
        (AuditEvents.UserChanged, "用户变更"),
        (AuditEvents.RoleChanged, "角色变更"),
        (AuditEvents.PermissionChanged, "权限变更"),
        (AuditEvents.ModuleEnabled, "启用模块"),
        (AuditEvents.ModuleDisabled, "停用模块"),
        (AuditEvents.ContentTypeChanged, "内容类型变更"),
        (AuditEvents.DataImported, "导入数据"),
        (AuditEvents.MediaPurged, "清理上传文件"),
        (AuditEvents.MediaPersonalDownloaded, "下载个人信息附件"),
        (AuditEvents.PersonalDataRevealed, "查看个人信息"),
        (AuditEvents.PersonViewed, "查看人员台账汇总"),
        (AuditEvents.DataExported, "导出数据"),
        (AuditEvents.PlanChanged, "方案变更"),
        (AuditEvents.PlanYearCopied, "复制年度方案"),
        (AuditEvents.PlanYearPublished, "发布年度方案"),
        (AuditEvents.TargetRuleChanged, "目标计算规则变更"),
        (AuditEvents.RecipeImported, "导入方案配方"),
        (AuditEvents.DepartmentChanged, "部门变更"),
        (AuditEvents.SearchIndexRebuilt, "重建搜索索引"),
        (AuditEvents.AuditExported, "导出审计日志"),
        (AuditEvents.AuditArchived, "归档审计日志"),
        (AuditEvents.PasswordChanged, "修改密码"),
        (AuditEvents.TwoFactorChanged, "双因素认证变更"),
        (AuditEvents.SessionEnded, "结束会话"),
        (AuditEvents.NoticeComposed, "起草公示"),
        (AuditEvents.DemoDataSeeded, "写入演示数据"),
        (AuditEvents.NotificationsRead, "通知标为已读"),
        (AuditEvents.WorkingCalendarChanged, "节假日安排变更"),
        (AuditEvents.SupervisionStep, "督办事项办理"),
        (AuditEvents.SupervisionCircularIssued, "印发督办通报"),
        (AuditEvents.InspectionRoundRecorded, "记录督查轮次"),
        (AuditEvents.LeaderVisitLogged, "记录包抓走访"),
        (AuditEvents.ArchiveRequested, "申请生成档案包"),
        (AuditEvents.ArchiveBuilt, "生成档案包"),
        (AuditEvents.ArchiveDownloaded, "下载档案包"),
        (AuditEvents.AssessmentSchemeSaved, "保存考核方案"),
        (AuditEvents.AssessmentRoundComputed, "计算考核得分"),
        (AuditEvents.AssessmentAdjusted, "考核扣分"),
        (AuditEvents.AssessmentFrozen, "确认并冻结考核结果"),
        (AuditEvents.AssessmentExported, "导出考核结果"),
    ];

    /// <summary>The Chinese name, or the raw event name for events added later by modules.</summary>
    public static string Of(string eventName) =>
        All.FirstOrDefault(e => e.Event == eventName).Name ?? eventName;
}

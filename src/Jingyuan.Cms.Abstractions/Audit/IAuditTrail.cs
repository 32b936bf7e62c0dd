namespace Jingyuan.Cms.Audit;

/// <summary>Event names recorded in the audit trail.</summary>
public static class AuditEvents
{
    public const string LoginSucceeded = "login.succeeded";
    public const string LoginFailed = "login.failed";
    public const string Logout = "logout";
    public const string ContentCreated = "content.created";
    public const string ContentEdited = "content.edited";
    public const string ContentSubmitted = "content.submitted";
    public const string ContentApproved = "content.approved";
    public const string ContentRejected = "content.rejected";
    public const string ContentPublished = "content.published";
    public const string ContentUnpublished = "content.unpublished";
    public const string ContentDeleted = "content.deleted";
    public const string UserChanged = "user.changed";
    public const string RoleChanged = "role.changed";
    public const string PermissionChanged = "permission.changed";
    public const string ModuleEnabled = "module.enabled";
    public const string ModuleDisabled = "module.disabled";
    public const string ContentTypeChanged = "contenttype.changed";
    public const string DataImported = "data.imported";
    public const string MediaPurged = "media.purged";
    /// <summary>A signed-in user opened a file of a field marked personal (an ID card scan ...).</summary>
    public const string MediaPersonalDownloaded = "media.personal.downloaded";
    /// <summary>A personal field shown in clear (who, which item, which field).</summary>
    public const string PersonalDataRevealed = "personal.revealed";
    public const string DataExported = "data.exported";
    /// <summary>A year's plan, chapter, task, target or resettlement site added, changed or removed.</summary>
    public const string PlanChanged = "plan.changed";
    public const string PlanYearCopied = "plan.copied";
    /// <summary>A draft plan year made public (the home page may switch to it).</summary>
    public const string PlanYearPublished = "plan.published";
    /// <summary>An administrator defined, changed or removed the rule computing a target.</summary>
    public const string TargetRuleChanged = "target-rule.changed";
    /// <summary>A recipe imported, from the admin or the command line.</summary>
    public const string RecipeImported = "recipe.imported";
    public const string DepartmentChanged = "department.changed";
    public const string SearchIndexRebuilt = "search.rebuilt";
    public const string AuditExported = "audit.exported";
    public const string AuditArchived = "audit.archived";
    public const string PasswordChanged = "password.changed";
    public const string TwoFactorChanged = "twofactor.changed";
    public const string SessionEnded = "session.ended";
    /// <summary>A person's page (every ledger row about one ID number) was opened.</summary>
    public const string PersonViewed = "person.viewed";
    /// <summary>A module drafted a 公示 from its records and submitted it for review.</summary>
    public const string NoticeComposed = "notice.composed";
    /// <summary>The seed-demo verb wrote 演示数据 (fictional persons) into the people ledgers.</summary>
    public const string DemoDataSeeded = "demo.seeded";
    /// <summary>A user marked notifications of the notification centre read.</summary>
    public const string NotificationsRead = "notification.read";
    /// <summary>A day of the holiday calendar (法定节假日 / 调休上班) added, removed or imported.</summary>
    public const string WorkingCalendarChanged = "calendar.changed";
    /// <summary>A step of a 督办事项's loop (立项, 交办, 签收, 办理, 反馈, 退回, 办结).</summary>
    public const string SupervisionStep = "supervision.step";
    /// <summary>The coordinating office issued a 督办通报 (.docx).</summary>
    public const string SupervisionCircularIssued = "supervision.circular";
    /// <summary>A 督查轮次 was recorded.</summary>
    public const string InspectionRoundRecorded = "supervision.round";
    /// <summary>A 包抓走访 was logged.</summary>
    public const string LeaderVisitLogged = "supervision.visit";
    /// <summary>An archive package (档案包) was asked for; the background job builds it.</summary>
    public const string ArchiveRequested = "archive.requested";
    /// <summary>An archive package was built and its items marked archived (recorded by the system).</summary>
    public const string ArchiveBuilt = "archive.built";
    /// <summary>A finished archive package was downloaded.</summary>
    public const string ArchiveDownloaded = "archive.downloaded";
    /// <summary>The administrator saved a year's 考核 scheme (indicators and weights).</summary>
    public const string AssessmentSchemeSaved = "assessment.scheme";
    /// <summary>A 考核 round was computed or recomputed from the indicators.</summary>
    public const string AssessmentRoundComputed = "assessment.computed";
    /// <summary>A manual 扣分 (e.g. a confirmed false figure) was entered in a draft round.</summary>
    public const string AssessmentAdjusted = "assessment.adjusted";
    /// <summary>The reviewer confirmed and froze a round; it never changes again.</summary>
    public const string AssessmentFrozen = "assessment.frozen";
    /// <summary>A round was exported to .xlsx.</summary>
    public const string AssessmentExported = "assessment.exported";
}

/// <summary>What happened; who, when and from where are filled in by the trail.</summary>
public sealed record AuditEntry(
    string EventName,
    string Summary,
    string? ContentItemId = null,
    string? ContentType = null,
    int? DepartmentId = null,
    // Readable before/after difference, for content and settings changes.
    string? Diff = null);

/// <summary>Append-only: the application offers no way to edit or delete an entry.</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEntry entry);
    /// <summary>For events recorded before a user is signed in (failed logins).</summary>
    Task RecordAsync(AuditEntry entry, string userName);
    /// <summary>Many entries of the current user in one write (bulk imports), in order.</summary>
    Task RecordManyAsync(IReadOnlyList<AuditEntry> entries);
}

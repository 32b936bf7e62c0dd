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
    public const string PasswordChanged = "password.changed";
    public const string TwoFactorChanged = "twofactor.changed";
    public const string SessionEnded = "session.ended";
}

/// <summary>What happened; who, when and from where are filled in by the trail.</summary>
public sealed record AuditEntry(
    string EventName,
    string Summary,
    string? ContentItemId = null,
    string? ContentType = null,
    int? DepartmentId = null,
    /// <summary>Readable before/after difference, for content and settings changes.</summary>
    string? Diff = null);

/// <summary>Append-only: the application offers no way to edit or delete an entry.</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEntry entry);
    /// <summary>For events recorded before a user is signed in (failed logins).</summary>
    Task RecordAsync(AuditEntry entry, string userName);
}

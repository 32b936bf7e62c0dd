namespace Jingyuan.Cms.Notices;

public enum NoticeKind { Publicity, Announcement, Circular }

/// <summary>A request from any module to publish a notice; it goes through the same review.</summary>
public sealed record NoticeDraft(
    string Title,
    NoticeKind Kind,
    int IssuingDepartmentId,
    string BodyHtml,
    DateOnly? PeriodStart = null,
    DateOnly? PeriodEnd = null,
    string? ObjectionPhone = null,
    string? ObjectionAddress = null);

public interface INoticePublisher
{
    /// <summary>Creates a notice as a submitted draft for the reviewer; returns its content item id.</summary>
    Task<string> SubmitAsync(NoticeDraft draft);
}

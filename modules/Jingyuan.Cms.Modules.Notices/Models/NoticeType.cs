using Jingyuan.Cms.Notices;

namespace Jingyuan.Cms.Modules.Notices.Models;

/// <summary>Names of the Notice content type and its fields, and the kinds as stored (Chinese labels).</summary>
public static class NoticeType
{
    public const string Name = "Notice";

    public const string Kind = "Kind";
    public const string IssuingDepartment = "IssuingDepartment";
    public const string Body = "Body";
    public const string Attachments = "Attachments";
    public const string PublishDate = "PublishDate";
    public const string PeriodStart = "PeriodStart";
    public const string PeriodEnd = "PeriodEnd";
    public const string ObjectionPhone = "ObjectionPhone";
    public const string ObjectionAddress = "ObjectionAddress";

    public const string Publicity = "公示";
    public const string Announcement = "公告";
    public const string Circular = "通知";

    /// <summary>Options of the Kind field, in menu order.</summary>
    public static readonly IReadOnlyList<string> Kinds = [Publicity, Announcement, Circular];

    public static string Label(NoticeKind kind) => kind switch
    {
        NoticeKind.Publicity => Publicity,
        NoticeKind.Announcement => Announcement,
        NoticeKind.Circular => Circular,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string PublicUrl(string contentItemId) => $"/notices/{contentItemId}";
}

using System.Globalization;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Notices.Models;
using Jingyuan.Cms.Notices;

namespace Jingyuan.Cms.Modules.Notices.Services;

/// <summary>
/// Lets any module issue a notice. It is written as a draft owned by the issuing department and
/// submitted, so a reviewer approves it like any other; nothing is public before that.
/// </summary>
public sealed class NoticePublisher(IContentManager contents, NoticeStatusService status) : INoticePublisher
{
    public async Task<string> SubmitAsync(NoticeDraft draft)
    {
        var item = await contents.NewAsync(NoticeType.Name);
        item.DisplayText = draft.Title;
        item.DepartmentId = draft.IssuingDepartmentId;
        item.Year = status.Today().Year;
        item.Set(NoticeType.Kind, NoticeType.Label(draft.Kind))
            .Set(NoticeType.IssuingDepartment, draft.IssuingDepartmentId)
            .Set(NoticeType.Body, draft.BodyHtml)
            .Set(NoticeType.PeriodStart, Date(draft.PeriodStart))
            .Set(NoticeType.PeriodEnd, Date(draft.PeriodEnd))
            .Set(NoticeType.ObjectionPhone, draft.ObjectionPhone)
            .Set(NoticeType.ObjectionAddress, draft.ObjectionAddress);
        var saved = await contents.SaveDraftAsync(item, expectedStamp: null);
        await contents.SubmitAsync(saved.ContentItemId);
        return saved.ContentItemId;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

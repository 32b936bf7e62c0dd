using System.Globalization;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Notices.Models;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Notices.Services;

/// <summary>
/// Rules of a notice beyond its field definitions: a 公示 needs its period and a contact for
/// objections. Errors are keyed by field name so the generic editor shows them at the field.
/// </summary>
public sealed class NoticeValidationHandler(NoticeStatusService status, IStringLocalizer<NoticeValidationHandler> T)
    : IContentHandler
{
    private static readonly string[] DateFields = [NoticeType.PublishDate, NoticeType.PeriodStart, NoticeType.PeriodEnd];

    public Task DerivingAsync(ContentItem item)
    {
        if (item.ContentType == NoticeType.Name) Normalize(item);
        return Task.CompletedTask;
    }

    public Task ValidatingAsync(ContentItem item, IDictionary<string, string[]> errors)
    {
        if (item.ContentType != NoticeType.Name || item.GetText(NoticeType.Kind) != NoticeType.Publicity) return Task.CompletedTask;

        var start = item.GetDate(NoticeType.PeriodStart);
        var end = item.GetDate(NoticeType.PeriodEnd);
        if (start is null) Add(errors, NoticeType.PeriodStart, T["公示须填写公示开始日期"]);
        if (end is null) Add(errors, NoticeType.PeriodEnd, T["公示须填写公示截止日期"]);
        if (start is not null && end < start) Add(errors, NoticeType.PeriodEnd, T["公示截止日期不能早于开始日期"]);
        if (string.IsNullOrWhiteSpace(item.GetText(NoticeType.ObjectionPhone))
            && string.IsNullOrWhiteSpace(item.GetText(NoticeType.ObjectionAddress)))
        {
            var message = T["公示须填写异议联系电话或异议联系地址"];
            Add(errors, NoticeType.ObjectionPhone, message);
            Add(errors, NoticeType.ObjectionAddress, message);
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Dates are stored as yyyy-MM-dd whoever wrote them, so the index sorts and filters by year;
    /// a notice saved without 发布日期 gets today's (China) date, which the editor can change.
    /// </summary>
    private void Normalize(ContentItem item)
    {
        foreach (var field in DateFields)
        {
            if (item.GetDate(field) is { } date) item.Set(field, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (string.IsNullOrWhiteSpace(item.GetText(NoticeType.PublishDate)))
            item.Set(NoticeType.PublishDate, status.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    // One message per field: the field's own check (e.g. "不是有效日期") says it better.
    private static void Add(IDictionary<string, string[]> errors, string field, string message) =>
        errors.TryAdd(field, [message]);
}

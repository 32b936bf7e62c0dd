using Jingyuan.Cms.Content;
using Jingyuan.Cms.Notifications;
using Jingyuan.Cms.Time;
using Microsoft.Extensions.Localization;
using I = Jingyuan.Cms.Modules.Supervision.Models.SupervisionItemType;
using S = Jingyuan.Cms.Modules.Supervision.Models.SupervisionStage;

namespace Jingyuan.Cms.Modules.Supervision.Services;

/// <summary>
/// Reminders for open 督办事项 whose lead unit owes work: 签收 due today and overdue; from the yellow day
/// (3 working days before the deadline), on the deadline and, on each working day after it, late (also to the
/// coordinating office). Keys name the item and the kind (and the day for late), so the notification centre
/// stores each once, whatever the number of runs, restarts or nodes. Closed and reported items owe nothing.
/// </summary>
public sealed class SupervisionReminderSource(
    SupervisionQueries queries, IWorkingCalendar calendar, IStringLocalizer<SupervisionReminderSource> T) : IReminderSource
{
    public async Task<IReadOnlyList<Reminder>> GetDueRemindersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.ToOffset(ChinaTime.Offset).DateTime);
        var query = new ContentQuery { ContentTypes = [I.Name] };
        query.Fields.Add(FieldFilter.OneOf(I.Stage, S.UnitOwesWork));
        var due = new List<Reminder>();
        await foreach (var item in queries.AllAsync(query))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.DepartmentId is not { } unit || !S.UnitOwesWork.Contains(item.GetText(I.Stage))) continue;
            due.AddRange(await ForItemAsync(item, unit, today, cancellationToken));
        }
        return due;
    }

    private async Task<IEnumerable<Reminder>> ForItemAsync(ContentItem item, int unit, DateOnly today, CancellationToken ct)
    {
        var list = new List<Reminder>();
        var url = I.AdminUrl(item.ContentItemId);
        Reminder Make(string kind, string subject, string body, bool escalate = false) =>
            new($"supervision:{item.ContentItemId}:{kind}", unit, subject, body, url, escalate);
        var deadline = item.GetDate(I.Deadline);
        var deadlineText = item.GetText(I.Deadline) ?? "";

        if (item.GetText(I.Stage) == S.Assigned && item.GetDate(I.SignDue) is { } signDue)
        {
            if (today == signDue)
                list.Add(Make("sign-due", T["督办事项今日应签收：{0}", item.DisplayText], T["请于今日签收，办理期限 {0}。", deadlineText]));
            else if (today > signDue)
                list.Add(Make("sign-overdue", T["督办事项签收已逾期：{0}", item.DisplayText],
                    T["应于 {0} 签收，请尽快签收并办理。", item.GetText(I.SignDue) ?? ""]));
        }
        if (deadline is not { } end) return list;
        if (item.GetDate(I.YellowFrom) is { } yellow && today >= yellow && today < end)
            list.Add(Make("due-in-3", T["督办事项即将到期：{0}", item.DisplayText], T["办理期限 {0}，请按期反馈办理结果。", deadlineText]));
        else if (today == end)
            list.Add(Make("due-today", T["督办事项今日到期：{0}", item.DisplayText], T["办理期限为今日（{0}），请及时反馈。", deadlineText]));
        else if (today > end && await calendar.IsWorkingDayAsync(today, ct))
            list.Add(Make($"late:{SupervisionLights.Iso(today)}", T["督办事项已逾期：{0}", item.DisplayText],
                T["办理期限 {0} 已过，已逾期 {1} 个工作日，已抄送统筹办公室。", deadlineText,
                    await calendar.WorkingDaysBetweenAsync(end, today, ct)], escalate: true));
        return list;
    }
}

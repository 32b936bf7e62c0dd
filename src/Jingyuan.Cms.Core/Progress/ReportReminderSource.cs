using Jingyuan.Cms.Notifications;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Time;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Progress;

/// <summary>
/// Reminders of the reporting calendar, for the published years of the current and last year (December's
/// reports fall due in January): a report due within 3 days, and a report missing after its due day
/// (escalated to the coordinating office). Keys name target, unit and period, so each is sent once.
/// </summary>
public sealed class ReportReminderSource(
    ReportingCalendar calendar, IPlanStore plans, IStringLocalizer<ReportReminderSource> T) : IReminderSource
{
    public const int DaysAhead = 3;

    public async Task<IReadOnlyList<Reminder>> GetDueRemindersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.ToOffset(ChinaTime.Offset).DateTime);
        var years = (await plans.ListPublishedYearsAsync()).Where(y => y == today.Year || y == today.Year - 1);
        var reminders = new List<Reminder>();
        foreach (var year in years)
        {
            foreach (var o in await calendar.ForYearAsync(year, today, ct: cancellationToken))
            {
                var url = $"/admin/plan/tasks/{o.Task.Id}/reports/new";
                if (o.State == ReportState.Due && o.DueOn.DayNumber - today.DayNumber <= DaysAhead)
                {
                    reminders.Add(new Reminder($"{o.Key}:due-in-3", o.DepartmentId,
                        T["进度报告将于 {0} 到期：任务{1}「{2}」{3}", Iso(o.DueOn), o.Task.Number, o.Target.Description, o.Period.Label],
                        T["请于 {0} 前报送任务{1}「{2}」{3}的进度报告。", Iso(o.DueOn), o.Task.Number, o.Target.Description, o.Period.Label],
                        url));
                }
                else if (o.State == ReportState.Missing)
                {
                    reminders.Add(new Reminder($"{o.Key}:late", o.DepartmentId,
                        T["进度报告已逾期：任务{0}「{1}」{2}", o.Task.Number, o.Target.Description, o.Period.Label],
                        T["任务{0}「{1}」{2}的进度报告应于 {3} 前报送，至今未报送，请尽快补报。", o.Task.Number, o.Target.Description, o.Period.Label, Iso(o.DueOn)],
                        url, EscalateToCoordinator: true));
                }
            }
        }
        return reminders;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

using System.Globalization;
using Jingyuan.Cms.Notifications;
using Jingyuan.Cms.Time;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Freshness;

/// <summary>
/// Warns each responsible unit and the coordinating office when a column is about to go stale, has gone stale or is
/// empty. Keys name the column, the state and the time of its last item, so each warning is sent once, and a new
/// item (a new time) starts the cycle again.
/// </summary>
public sealed class ColumnFreshnessReminderSource(
    IColumnFreshnessMonitor monitor, NotificationRecipients recipients, IStringLocalizer<ColumnFreshnessReminderSource> T)
    : IReminderSource
{
    public const string AdminUrl = "/admin/columns";

    public async Task<IReadOnlyList<Reminder>> GetDueRemindersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var office = await recipients.CoordinatingOfficeAsync();
        var reminders = new List<Reminder>();
        foreach (var column in (await monitor.ListAsync(cancellationToken)).Where(c => c.NeedsAttention))
        {
            var (subject, body) = Describe(column);
            var stamp = column.LastItemUtc is { } at ? at.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) : "none";
            var units = column.ResponsibleUnitIds.Concat(office is { } o ? [o] : []).Distinct();
            reminders.AddRange(units.Select(unit => new Reminder(
                $"freshness:{column.Key}:{StateKey(column.State)}:{stamp}:{unit}", unit, subject, body, AdminUrl)));
        }
        return reminders;
    }

    public static string StateKey(ColumnFreshnessState state) => state switch
    {
        ColumnFreshnessState.DueSoon => "due-soon",
        ColumnFreshnessState.Stale => "stale",
        ColumnFreshnessState.Empty => "empty",
        _ => "fresh",
    };

    private (string Subject, string Body) Describe(ColumnFreshness c)
    {
        var last = c.LastItemUtc is { } at ? ChinaTime.Format(at, "yyyy-MM-dd") : "";
        return c.State switch
        {
            ColumnFreshnessState.Empty => (T["空栏目：{0}", c.Title],
                T["栏目“{0}”还没有发布任何内容（{1}），请尽快发布。", c.Title, c.Url]),
            ColumnFreshnessState.Stale => (T["栏目已超期未更新：{0}", c.Title],
                T["栏目“{0}”最近一次更新于 {1}，已超过 {2} 天的更新期限 {3} 天，请尽快发布内容。", c.Title, last, c.ThresholdDays, -c.DaysLeft!.Value]),
            _ => (T["栏目即将超期：{0}", c.Title],
                T["栏目“{0}”最近一次更新于 {1}，更新期限 {2} 天，还剩 {3} 天，请及时发布内容。", c.Title, last, c.ThresholdDays, c.DaysLeft!.Value]),
        };
    }
}

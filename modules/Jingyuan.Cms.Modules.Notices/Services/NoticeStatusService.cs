using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Notices.Models;
using Jingyuan.Cms.Time;

namespace Jingyuan.Cms.Modules.Notices.Services;

public enum PublicityPhase { NotStarted, Open, Ended }

/// <summary>
/// Where a 公示 stands on a day. <see cref="Days"/>: before the start, days until it opens;
/// while open, days left counting today (1 on the end date); after the end, days since it closed.
/// </summary>
public sealed record PublicityState(PublicityPhase Phase, int Days, DateOnly Start, DateOnly End);

/// <summary>The state of a 公示's period, by the calendar in China (UTC+8, no daylight saving).</summary>
public sealed class NoticeStatusService(TimeProvider clock)
{
    public DateOnly Today() => ChinaTime.Today(clock);

    /// <summary>The state of a notice today, or null when it is not a 公示 with a full period.</summary>
    public PublicityState? For(ContentItem item) =>
        item.GetText(NoticeType.Kind) == NoticeType.Publicity
        && item.GetDate(NoticeType.PeriodStart) is { } start && item.GetDate(NoticeType.PeriodEnd) is { } end
            ? Compute(start, end, Today())
            : null;

    /// <summary>Both ends are inclusive: the period is open on its start date and on its end date.</summary>
    public static PublicityState Compute(DateOnly start, DateOnly end, DateOnly today)
    {
        if (today < start) return new(PublicityPhase.NotStarted, start.DayNumber - today.DayNumber, start, end);
        if (today > end) return new(PublicityPhase.Ended, today.DayNumber - end.DayNumber, start, end);
        return new(PublicityPhase.Open, end.DayNumber - today.DayNumber + 1, start, end);
    }
}

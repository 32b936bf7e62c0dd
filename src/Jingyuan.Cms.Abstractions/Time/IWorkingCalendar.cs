namespace Jingyuan.Cms.Time;

/// <summary>
/// Working days by the holiday calendar the administrator maintains: China's official holidays
/// (法定节假日) are days off, make-up working days (调休上班) are working days even on a weekend.
/// Deadlines of 督办 items, 签收 periods and reporting due days count in these days.
/// </summary>
public interface IWorkingCalendar
{
    Task<bool> IsWorkingDayAsync(DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>The day <paramref name="days"/> working days after <paramref name="from"/> (not counting it).</summary>
    Task<DateOnly> AddWorkingDaysAsync(DateOnly from, int days, CancellationToken cancellationToken = default);

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>;
    /// negative when <paramref name="to"/> is earlier, 0 on the same day.
    /// </summary>
    Task<int> WorkingDaysBetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}

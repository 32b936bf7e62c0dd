using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Jingyuan.Cms.Time;

/// <summary>
/// Working days: Monday to Friday, except the 法定节假日 of the calendar, plus its 调休上班 days.
/// The whole table (a few dozen rows a year) is cached; <see cref="WorkingCalendarEditor"/> drops the cache on change.
/// </summary>
public sealed class WorkingCalendar(CmsDbContext db, IMemoryCache cache) : IWorkingCalendar
{
    internal const string CacheKey = "working-calendar";

    // Working-day arithmetic never runs away on a bad argument: no span of the plan is longer.
    private const int MaxSpanDays = 3660;

    public async Task<bool> IsWorkingDayAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        IsWorking(await SpecialDaysAsync(cancellationToken), day);

    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly from, int days, CancellationToken cancellationToken = default)
    {
        var special = await SpecialDaysAsync(cancellationToken);
        var step = days < 0 ? -1 : 1;
        var day = from;
        for (var left = Math.Abs(days); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorking(special, day)) left--;
            if (Math.Abs(day.DayNumber - from.DayNumber) > MaxSpanDays) throw new ArgumentOutOfRangeException(nameof(days));
        }
        return day;
    }

    public async Task<int> WorkingDaysBetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (Math.Abs(to.DayNumber - from.DayNumber) > MaxSpanDays) throw new ArgumentOutOfRangeException(nameof(to));
        var special = await SpecialDaysAsync(cancellationToken);
        var (low, high, sign) = from <= to ? (from, to, 1) : (to, from, -1);
        var count = 0;
        for (var day = low.AddDays(1); day <= high; day = day.AddDays(1))
            if (IsWorking(special, day)) count++;
        return sign * count;
    }

    private static bool IsWorking(IReadOnlyDictionary<DateOnly, SpecialDayKind> special, DateOnly day) =>
        special.TryGetValue(day, out var kind)
            ? kind == SpecialDayKind.MakeUpWorkday
            : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private async Task<IReadOnlyDictionary<DateOnly, SpecialDayKind>> SpecialDaysAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            // Another node's change reaches this one within the hour; this node's own changes at once.
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1);
            return (IReadOnlyDictionary<DateOnly, SpecialDayKind>)await db.Set<SpecialDayRecord>().AsNoTracking()
                .ToDictionaryAsync(d => d.Date, d => d.Kind, cancellationToken);
        }))!;
}

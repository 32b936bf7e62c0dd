using System.Globalization;

namespace Jingyuan.Cms.Time;

/// <summary>
/// The one clock of the plan: times are stored in UTC and the plan runs on Beijing time
/// (UTC+8 all year since 1991, so no time-zone database is needed), whatever the server's zone.
/// "Now" always comes from an injected <see cref="TimeProvider"/> so tests can move it.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Today's calendar date in China.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>The current calendar year in China (the default plan year when none is set).</summary>
    public static int CurrentYear(TimeProvider clock) => Today(clock).Year;

    /// <summary>A UTC timestamp (any Kind is taken as UTC, as EF reads them) as China local time.</summary>
    public static DateTime FromUtc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset);

    /// <summary>The China calendar date of a UTC timestamp.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(FromUtc(utc));

    /// <summary>The China calendar year of a UTC timestamp.</summary>
    public static int YearOf(DateTime utc) => FromUtc(utc).Year;

    /// <summary>"2023-03-20 14:05:00" in China time.</summary>
    public static string Format(DateTime utc, string format = "yyyy-MM-dd HH:mm:ss") =>
        FromUtc(utc).ToString(format, CultureInfo.InvariantCulture);
}

namespace Jingyuan.Cms.Progress;

/// <summary>The plan runs on Beijing time (UTC+8, no daylight saving), whatever the server's zone.</summary>
public static class ChinaDate
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}

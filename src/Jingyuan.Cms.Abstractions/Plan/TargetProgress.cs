namespace Jingyuan.Cms.Plan;

/// <summary>红黄绿灯: how a target is doing against the share of the year that has passed.</summary>
public enum ProgressLight { Green, Yellow, Red }

/// <summary>A target's achieved value and status, computed, never typed.</summary>
public sealed record TargetProgress(
    PlanTarget Target,
    // Null when nothing has been approved or computed yet.
    decimal? Achieved,
    // Achieved as a percentage of the target (0-100+).
    decimal Percent,
    ProgressLight Light,
    // How the figure was reached (which rule, or which approved report).
    string Explanation,
    IReadOnlyList<string> SourceItemIds,
    bool Computed);

/// <summary>Achieved values of a year's targets: from module rules or from approved progress reports.</summary>
public interface ITargetProgressService
{
    /// <summary>Keyed by target id. Only approved (published) figures count.</summary>
    Task<IReadOnlyDictionary<int, TargetProgress>> ForYearAsync(int year);
}

/// <summary>
/// The published rule for the lights, in one place so the page that states it and the code
/// that applies it cannot disagree.
/// </summary>
public static class ProgressRule
{
    /// <summary>Points (of 100) a target may trail the elapsed share of the year and still be yellow.</summary>
    public const decimal YellowMargin = 20m;

    public const string Description =
        "完成率 = 已审核完成值 ÷ 目标值。时间进度 = 当年已过天数 ÷ 全年天数（往年按100%计）。" +
        "完成率不低于时间进度为绿灯（正常）；低于时间进度但差距在20个百分点以内为黄灯（滞后）；差距超过20个百分点为红灯（严重滞后）。" +
        "“不超过”类指标，实际值不超过目标值即为绿灯。";

    /// <summary>Share of the plan year elapsed on <paramref name="today"/>, 0-100.</summary>
    public static decimal ElapsedPercent(int year, DateOnly today)
    {
        if (today.Year > year) return 100m;
        if (today.Year < year) return 0m;
        var days = DateTime.IsLeapYear(year) ? 366m : 365m;
        return Math.Round(today.DayOfYear / days * 100m, 1);
    }

    public static decimal Percent(PlanTarget target, decimal? achieved) =>
        target.TargetValue == 0 || achieved is null ? 0m : Math.Round(achieved.Value / target.TargetValue * 100m, 1);

    public static ProgressLight Light(PlanTarget target, decimal? achieved, decimal elapsedPercent)
    {
        if (target.Comparison == TargetComparison.AtMost)
            return achieved is null || achieved <= target.TargetValue ? ProgressLight.Green : ProgressLight.Red;
        var percent = Percent(target, achieved);
        if (percent >= Math.Min(100m, elapsedPercent)) return ProgressLight.Green;
        return elapsedPercent - percent <= YellowMargin ? ProgressLight.Yellow : ProgressLight.Red;
    }
}

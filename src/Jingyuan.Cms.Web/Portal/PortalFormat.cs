using System.Globalization;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Time;

namespace Jingyuan.Cms.Web.Portal;

/// <summary>Numbers, chapter numerals and target wording as the plan writes them.</summary>
public static class PortalFormat
{
    /// <summary>Figures as the plan writes them: 1200, 0.5, 5000000 (no digit grouping).</summary>
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(decimal? value) => value is { } v ? Number(v) : "";

    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "";

    /// <summary>Chinese numerals (<see cref="ChapterNumerals.Chinese"/>).</summary>
    public static string Chinese(int n) => ChapterNumerals.Chinese(n);

    /// <summary>（一）提升产业发展水平.</summary>
    public static string ChapterHeading(PlanChapter chapter) => ChapterNumerals.Heading(chapter);

    /// <summary>2. 发展肉牛养殖产业.</summary>
    public static string TaskHeading(PlanTask task) => $"{task.Number}. {task.Title}";

    public static string ComparisonWord(TargetComparison comparison) => comparison switch
    {
        TargetComparison.AtLeast => "不少于",
        TargetComparison.AtMost => "不超过",
        TargetComparison.About => "约",
        _ => "",
    };

    /// <summary>"1200 头", "不少于 3100 人".</summary>
    public static string TargetValue(PlanTarget target)
    {
        var word = ComparisonWord(target.Comparison);
        var value = Number(target.TargetValue) + " " + target.Unit;
        return (word.Length > 0 ? word + " " : "") + value.Trim();
    }

    /// <summary>"300 头", or null when nothing approved yet.</summary>
    public static string? Achieved(TargetProgress progress) =>
        progress.Achieved is { } a ? (Number(a) + " " + progress.Target.Unit).Trim() : null;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A UTC time as a Beijing date (UTC+8 all year).</summary>
    public static DateOnly BeijingDate(DateTime utc) =>
        ChinaTime.DateOf(utc);

    public static DateOnly BeijingToday(TimeProvider clock) => BeijingDate(clock.GetUtcNow().UtcDateTime);
}

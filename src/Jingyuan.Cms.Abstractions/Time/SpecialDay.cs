namespace Jingyuan.Cms.Time;

/// <summary>What a special day of the holiday calendar is.</summary>
public enum SpecialDayKind
{
    /// <summary>法定节假日: a day off, even on a weekday.</summary>
    Holiday,
    /// <summary>调休上班: a working day, even on a weekend.</summary>
    MakeUpWorkday,
}

/// <summary>One day of the holiday calendar the administrator maintains (e.g. 2024-02-10 春节).</summary>
/// <param name="Date">The calendar date.</param>
/// <param name="Kind">Day off or make-up working day.</param>
/// <param name="Name">What the day is (春节, 调休上班 ...).</param>
public sealed record SpecialDay(DateOnly Date, SpecialDayKind Kind, string Name);

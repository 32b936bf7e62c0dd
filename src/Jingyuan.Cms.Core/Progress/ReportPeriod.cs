using System.Globalization;
using System.Text.RegularExpressions;

namespace Jingyuan.Cms.Progress;

/// <summary>A reporting period: a month ("2023-05") or a quarter ("2023-Q2").</summary>
public readonly partial record struct ReportPeriod(int Year, int Month, int Quarter)
{
    public bool IsQuarter => Quarter > 0;

    /// <summary>Last month the period covers; reports are ordered by it (a June report and a Q2 report end together).</summary>
    public int EndMonth => IsQuarter ? Quarter * 3 : Month;

    public DateOnly Start => new(Year, IsQuarter ? Quarter * 3 - 2 : Month, 1);

    public static ReportPeriod OfMonth(int year, int month) => new(year, month, 0);

    public static ReportPeriod OfQuarter(int year, int quarter) => new(year, 0, quarter);

    public static bool TryParse(string? text, out ReportPeriod period)
    {
        period = default;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success) return false;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["quarter"].Success)
        {
            period = OfQuarter(year, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture));
            return true;
        }
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return false;
        period = OfMonth(year, month);
        return true;
    }

    /// <summary>The stored form, also the index value lists filter by.</summary>
    public override string ToString() =>
        IsQuarter ? $"{Year}-Q{Quarter}" : $"{Year}-{Month:00}";

    /// <summary>For people: 2023年5月, 2023年第2季度.</summary>
    public string Label => IsQuarter ? $"{Year}年第{Quarter}季度" : $"{Year}年{Month}月";

    [GeneratedRegex(@"^(?<year>\d{4})-(?:(?<month>\d{1,2})|[Qq](?<quarter>[1-4]))$")]
    private static partial Regex Pattern();
}

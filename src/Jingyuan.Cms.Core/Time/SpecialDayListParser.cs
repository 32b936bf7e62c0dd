using System.Globalization;

namespace Jingyuan.Cms.Time;

/// <summary>
/// Reads a year's holiday list pasted as lines: <c>2024-02-10 春节</c> (a day off) or
/// <c>2024-02-04 调休上班</c> (a make-up working day; any name containing 上班 or 补班 is one).
/// Every bad line is reported with its number and why; nothing is taken from a list with errors.
/// </summary>
public static class SpecialDayListParser
{
    public static (IReadOnlyList<SpecialDay> Days, IReadOnlyList<string> Errors) Parse(string? text)
    {
        var days = new List<SpecialDay>();
        var errors = new List<string>();
        var seen = new HashSet<DateOnly>();
        var lines = (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var number = i + 1;
            var parts = line.Split([' ', '\t', '　'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!DateOnly.TryParseExact(parts[0], ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add($"第{number}行：“{parts[0]}”不是日期（格式如 2024-02-10）");
                continue;
            }
            if (parts.Length < 2)
            {
                errors.Add($"第{number}行：缺少名称（如 春节、调休上班）");
                continue;
            }
            if (parts[1].Length > 50)
            {
                errors.Add($"第{number}行：名称不能超过50个字符");
                continue;
            }
            if (!seen.Add(date))
            {
                errors.Add($"第{number}行：{date:yyyy-MM-dd} 重复");
                continue;
            }
            days.Add(new SpecialDay(date, KindOf(parts[1]), parts[1]));
        }
        if (days.Count == 0 && errors.Count == 0) errors.Add("没有可导入的行");
        return (days, errors);
    }

    public static SpecialDayKind KindOf(string name) =>
        name.Contains("上班", StringComparison.Ordinal) || name.Contains("补班", StringComparison.Ordinal)
            ? SpecialDayKind.MakeUpWorkday : SpecialDayKind.Holiday;
}

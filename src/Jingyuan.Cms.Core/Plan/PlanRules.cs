using System.Text.RegularExpressions;

namespace Jingyuan.Cms.Plan;

/// <summary>
/// Field rules shared by the plan admin and the recipe importer, so a plan that one
/// accepts the other accepts too. Each check returns a message for users, or null.
/// </summary>
public static partial class PlanRules
{
    public const int TitleMaxLength = 200;
    public const int NameMaxLength = 100;
    public const int KeyMaxLength = 64;
    public const int DescriptionMaxLength = 500;
    public const int UnitMaxLength = 20;
    public const int NotesMaxLength = 1000;
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public static string? CheckRequired(string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? "不能为空" : CheckLength(value, maxLength);

    /// <summary>Also refuses invisible direction and zero-width characters: a plan's names are shown to the public.</summary>
    public static string? CheckLength(string? value, int maxLength) =>
        value is not null && value.Length > maxLength ? $"不能超过 {maxLength} 个字"
        : Content.InvisibleCharacters.Contains(value, allowLineBreaks: true) ? Content.InvisibleCharacters.Message : null;

    public static string? CheckDate(DateOnly? date) =>
        date is { } d && (d.Year < MinYear || d.Year > MaxYear) ? $"日期必须在 {MinYear}–{MaxYear} 年之间" : null;

    public static string? CheckYear(int year) =>
        year is < MinYear or > MaxYear ? $"年度必须在 {MinYear}–{MaxYear} 之间" : null;

    public static string? CheckNumber(int number) => number < 1 ? "编号必须是正整数" : null;

    public static string? CheckKey(string? key) =>
        CheckRequired(key, KeyMaxLength) ?? (KeyPattern().IsMatch(key!) ? null : "只能包含小写字母、数字和连字符（如 2-new-cattle）");

    public static string? CheckTargetValue(decimal value) => value < 0 ? "不能为负数" : null;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}

/// <summary>A plan edit refused; names the field so a form can show the message beside it.</summary>
public sealed class PlanValidationException(string field, string reason) : Exception($"{field}: {reason}")
{
    /// <summary>The input property at fault, e.g. "Title" or "Key".</summary>
    public string Field { get; } = field;

    /// <summary>The message for users (Chinese), without the field name.</summary>
    public string Reason { get; } = reason;

    internal static void ThrowIf(string field, string? reason)
    {
        if (reason is not null)
        {
            throw new PlanValidationException(field, reason);
        }
    }
}

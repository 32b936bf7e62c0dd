namespace Jingyuan.Cms.Content;

/// <summary>
/// The one masking rule for personal values, used wherever one is shown without the right to
/// reveal it (admin pages, history, diffs, audit, exports): ID numbers keep their first and last
/// four characters (6404**********1234), phone numbers the first three and last four
/// (139****5678), names and other text their first and last character (张*三, 张*).
/// </summary>
public static class PersonalDataMask
{
    public static string Mask(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var text = value.Trim();
        var compact = text.Replace(" ", "").Replace("-", "");
        if (IsIdNumber(compact)) return Keep(compact, 4, 4);
        if (compact.Length >= 7 && compact.All(char.IsAsciiDigit)) return Keep(compact, 3, 4);
        return text.Length switch
        {
            1 => "*",
            2 => text[..1] + "*",
            _ => Keep(text, 1, 1),
        };
    }

    /// <summary>Whether a value was shown masked: an unchanged masked value posted back keeps the stored one.</summary>
    public static bool IsMaskOf(string? shown, string? stored) =>
        !string.IsNullOrEmpty(shown) && !string.IsNullOrEmpty(stored) && shown.Trim() == Mask(stored);

    // 18 characters (17 digits and a digit or X) or the old 15-digit form.
    private static bool IsIdNumber(string s) =>
        (s.Length == 18 && s[..17].All(char.IsAsciiDigit) && (char.IsAsciiDigit(s[17]) || s[17] is 'X' or 'x'))
        || (s.Length == 15 && s.All(char.IsAsciiDigit));

    private static string Keep(string s, int head, int tail) =>
        s[..head] + new string('*', s.Length - head - tail) + s[^tail..];
}

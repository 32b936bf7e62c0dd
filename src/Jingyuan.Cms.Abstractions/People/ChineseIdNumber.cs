namespace Jingyuan.Cms.People;

/// <summary>
/// The resident identity card number of GB 11643-1999: 17 digits (address code, birth date
/// yyyyMMdd, sequence) and a check character computed MOD 11-2 ('X' stands for 10).
/// </summary>
public static class ChineseIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Without spaces and dashes, 'x' as 'X'.</summary>
    public static string Normalize(string value) => value.Trim().Replace(" ", "").Replace("-", "").ToUpperInvariant();

    /// <summary>The check character of the first 17 digits.</summary>
    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    /// <summary>Why the value is not a valid ID number (Chinese, for the field), or null when it is.</summary>
    public static string? Problem(string? value, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value)) return "请填写身份证号码";
        var s = Normalize(value);
        if (s.Length != 18) return $"身份证号码应为18位，现为{s.Length}位";
        if (!s[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(s[17]) || s[17] == 'X'))
            return "身份证号码前17位应为数字，最后一位为数字或X";
        if (!DateOnly.TryParseExact(s[6..14], "yyyyMMdd", out var birth)) return "身份证号码中的出生日期无效";
        if (birth.Year < 1900 || birth > today) return "身份证号码中的出生日期不合理";
        if (CheckCharacter(s) != s[17]) return "身份证号码校验位不正确，请核对";
        return null;
    }

    public static bool IsValid(string? value, DateOnly today) => Problem(value, today) is null;

    /// <summary>The birth date the number encodes (digits 7–14), or null when it has none.</summary>
    public static DateOnly? BirthDate(string? value) =>
        value is not null && Normalize(value) is { Length: 18 } s
        && DateOnly.TryParseExact(s[6..14], "yyyyMMdd", out var birth) ? birth : null;

    /// <summary>"男" or "女" by the parity of the 17th digit (odd for men), or null when the number is too short.</summary>
    public static string? Gender(string? value) =>
        value is not null && Normalize(value) is { Length: 18 } s && char.IsAsciiDigit(s[16])
            ? ((s[16] - '0') % 2 == 1 ? "男" : "女") : null;
}

using System.Text.RegularExpressions;
using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Content;

/// <summary>Checks of <see cref="TextFormat"/>: the message names the field and what is wrong.</summary>
public static partial class TextFormats
{
    public static string? Problem(TextFormat format, string label, string value) => format switch
    {
        TextFormat.ChineseIdNumber => ChineseIdNumber.Problem(value, Time.ChinaTime.Today(TimeProvider.System)) is { } p
            ? $"{label}：{p}" : null,
        TextFormat.Phone => PhonePattern().IsMatch(value.Trim()) ? null : $"{label}应为11位手机号码或带区号的固定电话",
        _ => null,
    };

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex PhonePattern();
}

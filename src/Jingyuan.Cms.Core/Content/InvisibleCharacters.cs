using System.Globalization;

namespace Jingyuan.Cms.Content;

/// <summary>
/// Characters that change how text reads without being seen: bidirectional overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069), zero-width characters (U+200B–U+200F, U+2060, U+FEFF) and the rest of
/// Unicode's format category, and control characters. A title "‮gpj.exe" reads as "exe.jpg".
/// </summary>
public static class InvisibleCharacters
{
    public const string Message = "含有不可见的控制字符（如从右到左覆盖符、零宽字符），请删除后再保存";

    /// <param name="allowLineBreaks">True for multi-line text, where tab, CR and LF are ordinary.</param>
    public static bool IsInvisible(char c, bool allowLineBreaks) =>
        char.GetUnicodeCategory(c) == UnicodeCategory.Format
        || (char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t'));

    public static bool Contains(string? text, bool allowLineBreaks = false) =>
        text is not null && text.Any(c => IsInvisible(c, allowLineBreaks));

    /// <summary>The text without them (line breaks kept), for markup where they are harmless to drop.</summary>
    public static string Strip(string text) =>
        Contains(text, allowLineBreaks: true) ? string.Concat(text.Where(c => !IsInvisible(c, allowLineBreaks: true))) : text;
}

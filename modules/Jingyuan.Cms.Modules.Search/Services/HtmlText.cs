using System.Net;
using System.Text.RegularExpressions;

namespace Jingyuan.Cms.Modules.Search.Services;

/// <summary>Plain text of sanitized rich text, for indexing.</summary>
public static partial class HtmlText
{
    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static string Strip(string? html)
    {
        if (string.IsNullOrEmpty(html)) return "";
        // Tags become spaces so that words in adjacent cells or paragraphs do not run together.
        var text = Tag().Replace(Hidden().Replace(html, " "), " ");
        return Spaces().Replace(WebUtility.HtmlDecode(text), " ").Trim();
    }
}

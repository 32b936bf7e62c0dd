using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using Ganss.Xss;

namespace Jingyuan.Cms.Content;

/// <summary>
/// What user-written HTML may contain: text formatting, lists, tables, links and the site's own
/// images. Nothing that can run, post, load from elsewhere, or cover the page: no forms or inputs,
/// no frames or plug-ins, no &lt;base&gt;/&lt;meta&gt;/&lt;link&gt;/&lt;style&gt;, no event handlers, no class
/// or id (the page's own CSS classes such as stretched-link or position-fixed would do the overlay),
/// no positioning, z-index, transforms, shadows or negative lengths, no URL other than http(s),
/// mailto and relative ones, and images only from this site's /media/.
/// </summary>
public sealed partial class CmsHtmlPolicy : ISafeHtml
{
    private static readonly string[] Tags =
    [
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "div",
        "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
        "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "u", "ul",
    ];

    private static readonly string[] Attributes =
    [
        "href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "scope", "align", "valign",
        "style", "lang", "dir", "start", "reversed", "cite", "datetime",
    ];

    // Formatting only: nothing that positions, layers, transforms or paints outside the element's box.
    private static readonly string[] CssProperties =
    [
        "color", "background-color", "font-weight", "font-style", "font-size", "font-family", "line-height",
        "text-align", "text-decoration", "text-indent", "vertical-align", "white-space", "letter-spacing",
        "list-style-type", "border", "border-top", "border-right", "border-bottom", "border-left",
        "border-color", "border-style", "border-width", "border-collapse", "border-spacing",
        "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
        "margin", "margin-top", "margin-right", "margin-bottom", "margin-left", "width", "height",
    ];

    private readonly HtmlSanitizer sanitizer;

    public CmsHtmlPolicy()
    {
        sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(CssProperties, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "cite"], StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<CssRuleType>(),
            AllowedClasses = new HashSet<string>(),
        })
        {
            // Negative lengths pull a box over its neighbours; url() and escapes have no place in formatting.
            DisallowCssPropertyValue = DisallowedCssValue(),
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not IElement element) return;
            if (element.LocalName == "img" && !IsSiteMedia(element.GetAttribute("src"))) element.Remove();
            else if (element.LocalName == "a" && IsExternal(element.GetAttribute("href")))
                element.SetAttribute("rel", "noopener noreferrer nofollow");
        };
    }

    public string Sanitize(string? html) => string.IsNullOrEmpty(html) ? "" : sanitizer.Sanitize(html);

    /// <summary>Only this site's uploads: "/media/…", not "//host/…", not a way out of the folder.</summary>
    internal static bool IsSiteMedia(string? src) =>
        src is not null && src.StartsWith("/media/", StringComparison.Ordinal) && !src.Contains("..") && !src.Contains('\\');

    private static bool IsExternal(string? href) =>
        href is not null && (href.StartsWith("//", StringComparison.Ordinal)
            || href.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https:", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"[<>\\]|expression|url\s*\(|-\s*\.?\d", RegexOptions.IgnoreCase)]
    private static partial Regex DisallowedCssValue();
}

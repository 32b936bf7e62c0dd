using Microsoft.AspNetCore.Html;

namespace Jingyuan.Cms.Content;

/// <summary>
/// The one HTML policy of the site, for everything that stores or shows user-written HTML (content
/// fields, notices, module drafts). HTML is cleaned when it is saved and again when it is shown, so
/// markup stored under an older, looser policy (or written around the content engine) is never
/// rendered as it was stored.
/// </summary>
public interface ISafeHtml
{
    /// <summary>The HTML with everything outside the policy removed; "" for null.</summary>
    string Sanitize(string? html);

    /// <summary>The cleaned HTML, to write into a page as is.</summary>
    IHtmlContent Render(string? html) => new HtmlString(Sanitize(html));
}

using System.Net;
using Lucene.Net.Search.Highlight;

namespace Jingyuan.Cms.Modules.Search.Services;

/// <summary>
/// HTML-encodes the text around the highlights, so only the highlighter's own &lt;mark&gt; tags
/// are markup. (Lucene's SimpleHTMLEncoder would also turn every Chinese character into an entity.)
/// </summary>
internal sealed class SnippetEncoder : IEncoder
{
    public static readonly SnippetEncoder Instance = new();

    public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
}

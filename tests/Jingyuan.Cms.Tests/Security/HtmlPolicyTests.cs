using System.Text.RegularExpressions;
using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>The site's one HTML policy (CmsHtmlPolicy): what a phishing or script payload keeps of itself.</summary>
public sealed partial class HtmlPolicyTests
{
    private static readonly CmsHtmlPolicy Policy = new();

    public static TheoryData<string> Payloads => new(XssPayloads.All);

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_payload_keeps_nothing_that_runs_posts_loads_or_covers(string payload)
    {
        var clean = Policy.Sanitize(payload);
        Assert.DoesNotMatch(Forbidden(), clean);
        // Cleaning is stable: what was stored clean stays the same when cleaned again on output.
        Assert.Equal(clean, Policy.Sanitize(clean));
    }

    [Fact]
    public void External_forms_with_password_inputs_are_removed()
    {
        var clean = Policy.Sanitize("<p>正文</p><form action=\"https://evil.example/\"><input type=\"password\"><button>登录</button></form>");
        Assert.Equal("<p>正文</p>", clean);
    }

    [Fact]
    public void Page_covering_styles_are_removed_and_formatting_kept()
    {
        var clean = Policy.Sanitize(
            "<div style=\"position:fixed;top:0;left:0;z-index:9999;margin-top:-200px;transform:scale(9);color:red;text-align:center\">x</div>");
        foreach (var gone in new[] { "position", "top", "left", "z-index", "margin", "transform" }) Assert.DoesNotContain(gone, clean);
        Assert.Contains("text-align: center", clean);
        Assert.Contains("color:", clean);
    }

    [Fact]
    public void Only_images_of_this_site_media_are_kept()
    {
        var clean = Policy.Sanitize("<img src=\"https://evil.example/t.png\"><img src=\"//evil.example/t.png\"><img src=\"/media/abc\" alt=\"图\">");
        Assert.Equal("<img src=\"/media/abc\" alt=\"图\">", clean);
    }

    [Fact]
    public void External_links_get_noopener_noreferrer_nofollow_and_site_links_stay_as_they_are()
    {
        Assert.Equal("<a href=\"https://example.org/a\" rel=\"noopener noreferrer nofollow\">外部</a>",
            Policy.Sanitize("<a href=\"https://example.org/a\" rel=\"opener\" target=\"_blank\">外部</a>"));
        Assert.Equal("<a href=\"/notices\">公告</a>", Policy.Sanitize("<a href=\"/notices\">公告</a>"));
    }

    [Fact]
    public void Page_classes_and_ids_are_removed_so_the_theme_cannot_be_borrowed_for_an_overlay()
    {
        Assert.Equal("<a href=\"/a\">x</a>", Policy.Sanitize("<a class=\"stretched-link position-fixed\" id=\"main\" href=\"/a\">x</a>"));
    }

    [Fact]
    public void Script_and_data_urls_are_removed()
    {
        Assert.Equal("<a>x</a><a>y</a>", Policy.Sanitize("<a href=\"javascript:alert(1)\">x</a><a href=\"data:text/html,x\">y</a>"));
    }

    [GeneratedRegex(@"<(script|form|input|button|select|textarea|iframe|object|embed|base|meta|link|style|svg|math|template)\b|\son\w+\s*=|javascript:|vbscript:|data:|position|z-index|transform|box-shadow|outline|expression|evil\.example/(track|x\.css|login)|class=|margin[^;""]*-\d",
        RegexOptions.IgnoreCase)]
    private static partial Regex Forbidden();
}

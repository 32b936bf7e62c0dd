namespace Jingyuan.Cms.Display;

/// <summary>
/// Who runs the 专栏 and how to reach them, as a government site must say in its footer; set in
/// configuration (section "Site", e.g. <c>Site__ContactPhone</c>), never in code. Unset details show
/// as 待公布 rather than an invented value.
/// </summary>
public sealed class SiteInfo
{
    public const string Section = "Site";

    /// <summary>主办单位; also the 发布单位 of a public record no unit owns.</summary>
    public string Organizer { get; set; } = "泾源县乡村振兴局";
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactAddress { get; set; }
    /// <summary>网站标识码, issued for government websites.</summary>
    public string? SiteCode { get; set; }
    /// <summary>ICP备案号.</summary>
    public string? IcpNumber { get; set; }
    /// <summary>
    /// The site's public address (e.g. https://xczx.jingyuan.gov.cn), the base of every absolute link
    /// (RSS): never the request's Host header, which a client chooses.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary><see cref="BaseUrl"/> without a trailing slash; the development address when unset.</summary>
    public string SiteUrl => string.IsNullOrWhiteSpace(BaseUrl) ? "http://localhost:5080" : BaseUrl.Trim().TrimEnd('/');

    /// <summary>The county government portal this column belongs to.</summary>
    public string? PortalUrl { get; set; }
}

using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Jingyuan.Cms.Modules.Notices.Models;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Notices.Services;

/// <summary>RSS 2.0 of the latest published notices; every link is absolute, as feed readers need.</summary>
public sealed class NoticeFeedWriter(IStringLocalizer<NoticeFeedWriter> T)
{
    public byte[] Write(IReadOnlyList<NoticeSummary> notices, string siteUrl)
    {
        var listUrl = new Uri(siteUrl + "/notices");
        var feed = new SyndicationFeed(T["泾源县移民致富提升行动 · 公示公告"], T["泾源县移民致富提升行动专栏发布的公示、公告与通知"], listUrl)
        {
            Language = "zh-CN",
            LastUpdatedTime = notices.Select(n => n.Item.PublishedUtc).Max() is { } last ? new DateTimeOffset(last) : DateTimeOffset.UnixEpoch,
            Items = notices.Select(n => Item(n, siteUrl)).ToList(),
        };
        var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false).WriteTo(writer);
        }
        return buffer.ToArray();
    }

    private SyndicationItem Item(NoticeSummary notice, string siteUrl)
    {
        var url = new Uri(siteUrl + notice.Url);
        var item = new SyndicationItem(notice.Item.DisplayText, Summary(notice), url, url.AbsoluteUri,
            new DateTimeOffset(notice.Item.PublishedUtc ?? notice.Item.ModifiedUtc));
        if (notice.Item.PublishedUtc is { } published) item.PublishDate = new DateTimeOffset(published);
        if (notice.Kind.Length > 0) item.Categories.Add(new SyndicationCategory(notice.Kind));
        return item;
    }

    private string Summary(NoticeSummary n)
    {
        var parts = new List<string> { $"【{n.Kind}】" };
        if (n.Department is not null) parts.Add(T["发布单位：{0}", n.Department]);
        if (n.PublishDate is { } date) parts.Add(T["发布日期：{0:yyyy-MM-dd}", date]);
        if (n.Publicity is { } p) parts.Add(T["公示期：{0:yyyy-MM-dd} 至 {1:yyyy-MM-dd}", p.Start, p.End]);
        return string.Join("　", parts);
    }
}

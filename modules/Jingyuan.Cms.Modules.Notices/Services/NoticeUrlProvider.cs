using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Notices.Models;

namespace Jingyuan.Cms.Modules.Notices.Services;

public sealed class NoticeUrlProvider : IContentUrlProvider
{
    public string? PublicUrl(ContentItem item) =>
        item.ContentType == NoticeType.Name ? NoticeType.PublicUrl(item.ContentItemId) : null;
}

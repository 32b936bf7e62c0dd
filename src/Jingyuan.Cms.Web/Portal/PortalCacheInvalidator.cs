using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Web.Portal;

/// <summary>
/// Clears the portal's cached figures when a published item comes or goes (an approved progress
/// report, or a record a chapter rule counts), so the public pages show it on the next request.
/// </summary>
public sealed class PortalCacheInvalidator(PortalCache cache) : IContentHandler
{
    public Task PublishedAsync(ContentItem item) => Clear();
    public Task UnpublishedAsync(ContentItem item) => Clear();

    // The item passed is the latest version; an older version of it may be the published one.
    public Task DeletedAsync(ContentItem item) => Clear();

    private Task Clear()
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }
}

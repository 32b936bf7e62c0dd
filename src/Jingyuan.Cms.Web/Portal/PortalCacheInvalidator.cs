using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Web.Portal;

/// <summary>
/// Clears the portal's cached figures when a published item comes or goes (an approved progress
/// report, or a record a chapter rule counts), so the public pages show it on the next request.
/// </summary>
public sealed class PortalCacheInvalidator(PortalCache cache, Data.CmsDbContext db) : IContentHandler
{
    public Task PublishedAsync(ContentItem item) => Clear();
    public Task UnpublishedAsync(ContentItem item) => Clear();

    // The item passed is the latest version; an older version of it may be the published one.
    public Task DeletedAsync(ContentItem item) => Clear();

    // After the commit, not inside the transaction: a request in between would cache the old figures again.
    private Task Clear() => db.AfterCommitAsync(() =>
    {
        cache.Invalidate();
        return Task.CompletedTask;
    });
}

using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Tests.TestSupport;

public static class ContentReview
{
    /// <summary>
    /// The review path a test's setup needs to publish: submits the latest version if it is still a draft
    /// (or rejected, or archived after a withdrawal), then approves it. Publishing itself refuses anything not submitted.
    /// </summary>
    public static async Task<ContentItem> SubmitAndPublishAsync(this IContentManager contents, string contentItemId)
    {
        if (await contents.GetLatestAsync(contentItemId) is { Status: ContentStatus.Draft or ContentStatus.Rejected or ContentStatus.Archived })
            await contents.SubmitAsync(contentItemId);
        return await contents.PublishAsync(contentItemId);
    }
}

using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// Public addresses of chapter records (/records/{id}): one page in the host shows any enabled
/// chapter's published record whose type is public, with its non-personal fields, so search
/// results can link to it and no chapter module needs a public page of its own.
/// </summary>
public sealed class ChapterRecordUrls(IEnumerable<ChapterDescriptor> chapters) : IContentUrlProvider
{
    public static string Of(string contentItemId) => $"/records/{contentItemId}";

    public bool IsChapterRecord(string contentType) =>
        chapters.Any(c => c.RecordTypes.Contains(contentType, StringComparer.Ordinal));

    /// <summary>A chapter module's record type, or one an administrator attached to a plan chapter.</summary>
    public bool IsChapterRecord(ContentTypeDefinition type) => type.PlanChapter is not null || IsChapterRecord(type.Name);

    public string? PublicUrl(ContentItem item) => IsChapterRecord(item.ContentType) ? Of(item.ContentItemId) : null;

    public string? PublicUrl(ContentItem item, ContentTypeDefinition type) => IsChapterRecord(type) ? Of(item.ContentItemId) : null;
}

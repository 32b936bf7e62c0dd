namespace Jingyuan.Cms.Content;

/// <summary>
/// The public page of a published item, if its type has one. Search results and feeds link
/// there; an item without a public URL is never indexed for the public.
/// </summary>
public interface IContentUrlProvider
{
    string? PublicUrl(ContentItem item);
}

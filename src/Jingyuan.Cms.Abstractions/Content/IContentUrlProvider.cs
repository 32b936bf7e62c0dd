namespace Jingyuan.Cms.Content;

/// <summary>
/// The public page of a published item, if its type has one. Search results and feeds link
/// there; an item without a public URL is never indexed for the public.
/// </summary>
public interface IContentUrlProvider
{
    string? PublicUrl(ContentItem item);

    /// <summary>With the item's type at hand: lets a provider serve types defined in the admin.</summary>
    string? PublicUrl(ContentItem item, ContentTypeDefinition type) => PublicUrl(item);
}

namespace Jingyuan.Cms.Content;

/// <summary>
/// Hooks into the content pipeline (Orchard's content handlers). Modules use it to
/// recompute figures, index content or publish notices. Called inside the same unit
/// of work: a throwing handler rolls the whole change back.
/// </summary>
public interface IContentHandler
{
    Task SavedAsync(ContentItem item) => Task.CompletedTask;
    Task PublishedAsync(ContentItem item) => Task.CompletedTask;
    Task UnpublishedAsync(ContentItem item) => Task.CompletedTask;
    Task DeletedAsync(ContentItem item) => Task.CompletedTask;
}

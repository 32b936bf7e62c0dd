namespace Jingyuan.Cms.Content;

/// <summary>
/// Hooks into the content pipeline (Orchard's content handlers). Modules use it to
/// recompute figures, index content or publish notices. Handlers of disabled modules are
/// not called. Called inside the same unit of work: a throwing handler rolls the whole change back.
/// </summary>
public interface IContentHandler
{
    /// <summary>Type-specific rules (e.g. a 公示 needs its period); add messages keyed by field name.</summary>
    Task ValidatingAsync(ContentItem item, IDictionary<string, string[]> errors) => Task.CompletedTask;
    Task SavedAsync(ContentItem item) => Task.CompletedTask;
    Task PublishedAsync(ContentItem item) => Task.CompletedTask;
    Task UnpublishedAsync(ContentItem item) => Task.CompletedTask;
    Task DeletedAsync(ContentItem item) => Task.CompletedTask;
}

namespace Jingyuan.Cms.Content;

/// <summary>
/// Hooks into the content pipeline (Orchard's content handlers). Modules use it to
/// recompute figures, index content or publish notices. Handlers of disabled modules are
/// not called. Called inside the same unit of work: a throwing handler rolls the whole change back.
/// </summary>
public interface IContentHandler
{
    /// <summary>
    /// Values that follow from others (a project's task from its industry), set before validation on every
    /// write path (form, import, recipe). The only step that may change the item.
    /// </summary>
    Task DerivingAsync(ContentItem item) => Task.CompletedTask;
    /// <summary>Type-specific rules (e.g. a 公示 needs its period); add messages keyed by field name. Must not change the item.</summary>
    Task ValidatingAsync(ContentItem item, IDictionary<string, string[]> errors) => Task.CompletedTask;
    Task SavedAsync(ContentItem item) => Task.CompletedTask;
    Task PublishedAsync(ContentItem item) => Task.CompletedTask;
    Task UnpublishedAsync(ContentItem item) => Task.CompletedTask;
    Task DeletedAsync(ContentItem item) => Task.CompletedTask;
}

using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Microsoft.Extensions.Logging;

namespace Jingyuan.Cms.Chapters;

/// <summary>Told when stored target figures change, e.g. to clear a page cache.</summary>
public interface ITargetFiguresChanged
{
    void FiguresChanged();
}

/// <summary>
/// A published record came or went: once the change has committed, the figures of the rules reading its
/// type are recomputed (once per transaction, however many records changed).
/// </summary>
public sealed class TargetFigureHandler(
    CmsDbContext db,
    TargetRuleSource rules,
    TargetFigureStore figures,
    IEnumerable<ITargetFiguresChanged> listeners,
    ILogger<TargetFigureHandler> log) : IContentHandler
{
    private readonly HashSet<string> _changedTypes = [];

    public Task PublishedAsync(ContentItem item) => ChangedAsync(item);
    public Task UnpublishedAsync(ContentItem item) => ChangedAsync(item);
    public Task DeletedAsync(ContentItem item) => ChangedAsync(item);

    private Task ChangedAsync(ContentItem item)
    {
        if (!rules.Rules().Any(r => r.ContentType == item.ContentType)) return Task.CompletedTask;
        var first = _changedTypes.Count == 0;
        _changedTypes.Add(item.ContentType);
        return first ? db.AfterCommitAsync(RecomputeAsync) : Task.CompletedTask;
    }

    private async Task RecomputeAsync()
    {
        var types = _changedTypes.ToList();
        _changedTypes.Clear();
        try
        {
            await figures.RecomputeAsync(types);
        }
        catch (Exception e)
        {
            // The change itself is committed; `recompute` repairs the figures.
            log.LogError(e, "Recomputing target figures of {Types} failed", string.Join(", ", types));
        }
        foreach (var listener in listeners) listener.FiguresChanged();
    }
}

using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Microsoft.Extensions.Logging;

namespace Jingyuan.Cms.People;

/// <summary>
/// A published record of a tallied people ledger came or went: once the change has committed, the
/// ledger's public tallies are recomputed (once per transaction, however many records changed).
/// </summary>
public sealed class PublicTallyHandler(CmsDbContext db, PublicTallyStore tallies, ILogger<PublicTallyHandler> log) : IContentHandler
{
    private readonly HashSet<string> _changedTypes = [];

    public Task PublishedAsync(ContentItem item) => ChangedAsync(item);
    public Task UnpublishedAsync(ContentItem item) => ChangedAsync(item);
    public Task DeletedAsync(ContentItem item) => ChangedAsync(item);

    private Task ChangedAsync(ContentItem item)
    {
        if (!tallies.Declared().Any(t => t.ContentType == item.ContentType)) return Task.CompletedTask;
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
            await tallies.RecomputeAsync(types);
        }
        catch (Exception e)
        {
            // The change itself is committed; `recompute` (or the next read of a stale tally) repairs it.
            log.LogError(e, "Recomputing public tallies of {Types} failed", string.Join(", ", types));
        }
    }
}

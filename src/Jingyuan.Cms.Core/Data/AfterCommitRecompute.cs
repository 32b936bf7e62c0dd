using Jingyuan.Cms.Content;
using Microsoft.Extensions.Logging;

namespace Jingyuan.Cms.Data;

/// <summary>
/// Figures kept from published records (target figures, public tallies): when a record of a type they read is
/// published, withdrawn or deleted, they are recomputed once the change has committed, once per transaction
/// however many records changed. A failure is logged, never undoes the change: `recompute` repairs the figures.
/// </summary>
public abstract class AfterCommitRecompute(CmsDbContext db, ILogger log) : IContentHandler
{
    private readonly HashSet<string> _changedTypes = [];

    /// <summary>What is recomputed, for the log ("target figures").</summary>
    protected abstract string What { get; }

    protected abstract bool Reads(string contentType);

    protected abstract Task RecomputeAsync(IReadOnlyList<string> contentTypes);

    /// <summary>After every recomputation, whether it succeeded or not (e.g. to clear a page cache).</summary>
    protected virtual void Recomputed() { }

    public Task PublishedAsync(ContentItem item) => ChangedAsync(item);
    public Task UnpublishedAsync(ContentItem item) => ChangedAsync(item);
    public Task DeletedAsync(ContentItem item) => ChangedAsync(item);

    private Task ChangedAsync(ContentItem item)
    {
        if (!Reads(item.ContentType)) return Task.CompletedTask;
        var first = _changedTypes.Count == 0;
        _changedTypes.Add(item.ContentType);
        return first ? db.AfterCommitAsync(RunAsync) : Task.CompletedTask;
    }

    private async Task RunAsync()
    {
        var types = _changedTypes.ToList();
        _changedTypes.Clear();
        try
        {
            await RecomputeAsync(types);
        }
        catch (Exception e)
        {
            log.LogError(e, "Recomputing {What} of {Types} failed", What, string.Join(", ", types));
        }
        Recomputed();
    }
}

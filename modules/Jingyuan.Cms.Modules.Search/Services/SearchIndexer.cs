using Jingyuan.Cms.Content;
using Jingyuan.Cms.Plan;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Modules.Search.Services;

/// <summary>
/// Brings the node's index up to date with the database's indexing-task log, or rebuilds it.
/// The only writer of <see cref="SearchIndex"/>: one operation at a time, each batch committed
/// before the cursor moves past it, so a crash repeats work but never loses it.
/// </summary>
public sealed class SearchIndexer(
    SearchIndex index, IServiceScopeFactory scopes, IOptions<SearchOptions> options, ILogger<SearchIndexer> logger)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    private SearchOptions Options => options.Value;

    /// <summary>
    /// Applies every pending task now; returns how many were read. A node without an index
    /// (no cursor yet) or whose cursor is past the log (a restored database) rebuilds instead.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (index.ReadCursor() is not { } cursor)
            {
                await RebuildCoreAsync(ct);
                return 0;
            }
            var read = 0;
            while (!ct.IsCancellationRequested)
            {
                await using var scope = scopes.CreateAsyncScope();
                var batch = await scope.ServiceProvider.GetRequiredService<IIndexingTaskStore>().GetAfterAsync(cursor, Options.BatchSize);
                if (batch.Count == 0)
                {
                    if (read == 0 && await scope.ServiceProvider.GetRequiredService<IIndexingTaskStore>().LastIdAsync() < cursor)
                    {
                        logger.LogWarning("Search index cursor {Cursor} is past the task log; rebuilding.", cursor);
                        await RebuildCoreAsync(ct);
                    }
                    break;
                }
                await ApplyAsync(batch, scope.ServiceProvider);
                cursor = batch[^1].Id;
                index.Commit(cursor);
                read += batch.Count;
            }
            return read;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Indexes every plan year again (a few dozen documents each) and drops years that are gone.
    /// Run once at start: plan changes made without an indexing task (a recipe imported by a
    /// start-up seeder, an older plan admin) are then found at the latest after a restart.
    /// </summary>
    public async Task RefreshPlanAsync(CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (index.ReadCursor() is not { } cursor) return; // no index yet: the next pass rebuilds it whole
            await using var scope = scopes.CreateAsyncScope();
            var years = await scope.ServiceProvider.GetRequiredService<IPlanStore>().ListPublishedYearsAsync();
            var current = years.Select(PlanUrls.IndexKey).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in index.Groups().Where(g => SearchKeys.PlanYearOf(g) is not null && !current.Contains(g)))
                index.DeleteGroup(gone);
            foreach (var year in years) await IndexPlanYearAsync(year, scope.ServiceProvider);
            index.Commit(cursor);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Empties the index and fills it again from the database; returns the number of documents.</summary>
    public async Task<int> RebuildAsync(CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try { return await RebuildCoreAsync(ct); }
        finally { gate.Release(); }
    }

    private async Task ApplyAsync(IReadOnlyList<IndexingTask> batch, IServiceProvider services)
    {
        var contents = services.GetRequiredService<IContentManager>();
        var builder = ActivatorUtilities.CreateInstance<ContentDocumentBuilder>(services);
        // An item changed five times in a batch is indexed once, as its last task says.
        foreach (var task in batch.GroupBy(t => t.ContentItemId).Select(g => g.Last()))
        {
            if (SearchKeys.PlanYearOf(task.ContentItemId) is { } year)
            {
                await IndexPlanYearAsync(year, services);
            }
            else if (task.Type == IndexingTaskType.Update
                && await contents.GetPublishedAsync(task.ContentItemId) is { } item
                && await builder.BuildAsync(item) is { } document)
            {
                index.Put(document);
            }
            else
            {
                // Deleted, unpublished, or no longer public: the public must not find it.
                index.Delete(SearchKeys.ContentId(task.ContentItemId));
            }
        }
    }

    private async Task<int> RebuildCoreAsync(CancellationToken ct)
    {
        long cursor;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // Taken first: whatever changes while the rebuild pages through is in the log after it.
            cursor = await scope.ServiceProvider.GetRequiredService<IIndexingTaskStore>().LastIdAsync();
        }
        var count = 0;
        try
        {
            index.DeleteAll();
            count += await IndexContentAsync(ct);
            await using (var scope = scopes.CreateAsyncScope())
            {
                foreach (var year in await scope.ServiceProvider.GetRequiredService<IPlanStore>().ListPublishedYearsAsync())
                {
                    count += await IndexPlanYearAsync(year, scope.ServiceProvider);
                }
            }
            ct.ThrowIfCancellationRequested();
            // One commit: searches see the old index until the new one is complete.
            index.Commit(cursor);
        }
        catch
        {
            // The half-built index is not committed; without a cursor the next pass rebuilds
            // instead of committing it with a batch of tasks.
            index.ForgetCursor();
            throw;
        }
        logger.LogInformation("Search index rebuilt: {Count} documents, cursor {Cursor}.", count, cursor);
        return count;
    }

    /// <summary>Published items of public types, a page at a time (never all at once).</summary>
    private async Task<int> IndexContentAsync(CancellationToken ct)
    {
        List<string> publicTypes;
        await using (var scope = scopes.CreateAsyncScope())
        {
            publicTypes = (await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().ListTypesAsync())
                .Where(t => t.PublicVisible).Select(t => t.Name).ToList();
        }
        if (publicTypes.Count == 0) return 0;

        var count = 0;
        for (var page = 1; ; page++)
        {
            ct.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            var builder = ActivatorUtilities.CreateInstance<ContentDocumentBuilder>(scope.ServiceProvider);
            var result = await scope.ServiceProvider.GetRequiredService<IContentManager>().QueryAsync(new ContentQuery
            {
                ContentTypes = publicTypes, Scope = ContentVersionScope.Published,
                SortBy = ContentSort.Created, Descending = false, Page = page, PageSize = Options.RebuildPageSize,
            });
            foreach (var item in result.Items)
            {
                if (await builder.BuildAsync(item) is not { } document) continue;
                index.Put(document);
                count++;
            }
            if (!result.HasNext || result.Items.Count == 0) return count;
        }
    }

    private async Task<int> IndexPlanYearAsync(int year, IServiceProvider services)
    {
        var documents = await ActivatorUtilities.CreateInstance<PlanDocumentBuilder>(services).BuildAsync(year);
        index.DeleteGroup(PlanUrls.IndexKey(year));
        foreach (var document in documents) index.Put(document);
        return documents.Count;
    }

    /// <summary>What the admin page shows.</summary>
    public async Task<SearchIndexStatus> StatusAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var lastTask = await scope.ServiceProvider.GetRequiredService<IIndexingTaskStore>().LastIdAsync();
        return new SearchIndexStatus(index.DocumentCount, index.ReadCursor(), lastTask);
    }
}

public sealed record SearchIndexStatus(int Documents, long? Cursor, long LastTaskId)
{
    public long Pending => Math.Max(0, LastTaskId - (Cursor ?? 0));
}

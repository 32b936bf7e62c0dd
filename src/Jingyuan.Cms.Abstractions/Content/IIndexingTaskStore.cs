namespace Jingyuan.Cms.Content;

public enum IndexingTaskType { Update, Delete }

/// <summary>An append-only log entry: "this item changed". Each node reads it with its own cursor.</summary>
public sealed record IndexingTask(long Id, string ContentItemId, IndexingTaskType Type, DateTime CreatedUtc);

public interface IIndexingTaskStore
{
    Task<IReadOnlyList<IndexingTask>> GetAfterAsync(long afterId, int count);
    Task<long> LastIdAsync();
    /// <summary>Records a change the content pipeline does not see (e.g. <see cref="Plan.PlanUrls.IndexKey"/>).</summary>
    Task AddAsync(string key, IndexingTaskType type);
}

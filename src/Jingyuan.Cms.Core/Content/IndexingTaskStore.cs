using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Content;

public sealed class IndexingTaskStore(CmsDbContext db) : IIndexingTaskStore
{
    public async Task<IReadOnlyList<IndexingTask>> GetAfterAsync(long afterId, int count) =>
        await db.Set<IndexingTaskRecord>().AsNoTracking().Where(t => t.Id > afterId).OrderBy(t => t.Id).Take(count)
            .Select(t => new IndexingTask(t.Id, t.ContentItemId, (IndexingTaskType)t.Type, t.CreatedUtc)).ToListAsync();

    public async Task<long> LastIdAsync() =>
        await db.Set<IndexingTaskRecord>().MaxAsync(t => (long?)t.Id) ?? 0;

    public async Task AddAsync(string key, IndexingTaskType type)
    {
        db.Add(new IndexingTaskRecord { ContentItemId = key, Type = (int)type, CreatedUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }
}

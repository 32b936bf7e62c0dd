using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Media;

/// <summary>
/// Fills the media-usage table for versions written before it existed. A host migration; versions that
/// already have usage rows (written since) are left alone, so it can meet a database in any state.
/// </summary>
public sealed class MediaUsageBackfill(CmsDbContext db, IContentDefinitionManager definitions) : IDataMigration
{
    private const int Batch = 500;

    public async Task<int> CreateAsync()
    {
        long after = 0;
        while (true)
        {
            var versions = await db.Set<ContentItemRecord>().AsNoTracking()
                .Where(r => r.Id > after && r.DataJson.Contains("\"id\"")
                            && !db.Set<MediaUsageRecord>().Any(u => u.ContentVersionId == r.Id))
                .OrderBy(r => r.Id).Take(Batch).ToListAsync();
            if (versions.Count == 0) return 1;
            foreach (var record in versions)
            {
                if (await definitions.GetTypeAsync(record.ContentType) is not { } type) continue;
                db.AddRange(MediaUsageWriter.UsagesOf(ContentItemMapper.ToItem(record), type));
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            after = versions[^1].Id;
        }
    }
}

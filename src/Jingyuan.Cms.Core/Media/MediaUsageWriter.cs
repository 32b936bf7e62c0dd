using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;

namespace Jingyuan.Cms.Media;

/// <summary>Records which files a content version holds, in the transaction that writes the version.</summary>
public sealed class MediaUsageWriter(CmsDbContext db)
{
    public async Task RecordAsync(ContentItem version, ResolvedContentType type)
    {
        db.AddRange(UsagesOf(version, type));
        await db.SaveChangesAsync();
    }

    public static IEnumerable<MediaUsageRecord> UsagesOf(ContentItem version, ResolvedContentType type) =>
        from field in type.Fields.Where(f => f.Kind == FieldKind.Files)
        from file in version.GetFiles(field.Name).DistinctBy(f => f.Id)
        where file.Id.Length == 32
        select new MediaUsageRecord
        {
            MediaId = file.Id, ContentVersionId = version.VersionId, FieldName = field.Name, Personal = field.Settings.Personal,
        };
}

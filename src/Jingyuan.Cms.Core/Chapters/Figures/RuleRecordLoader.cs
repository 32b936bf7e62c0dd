using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// Reads what the rules of one content type need for one year: the type's published records of the
/// year (or dated within it by a rule's date field) and the indexed values of the fields the rules read,
/// two queries whatever the number of rules.
/// </summary>
public sealed class RuleRecordLoader(CmsDbContext db)
{
    public async Task<IReadOnlyList<RuleRecord>> LoadAsync(string contentType, int year, IReadOnlyCollection<TargetRule> rules)
    {
        var fields = rules.SelectMany(r => r.Fields()).Distinct().ToList();
        var dateFields = rules.Select(r => r.DateField).OfType<string>().Distinct().ToList();
        var byYear = rules.Any(r => r.DateField is null);
        var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = start.AddYears(1);

        var versions = db.Set<ContentItemRecord>().AsNoTracking()
            .Where(r => r.Published && !r.Deleted && r.ContentType == contentType)
            .Where(r => (byYear && r.Year == year)
                || r.FieldIndex.Any(i => dateFields.Contains(i.FieldName) && i.DateValue >= start && i.DateValue < end));
        var heads = await versions.Select(r => new { r.Id, r.ContentItemId, r.Year }).ToListAsync();
        if (heads.Count == 0 || fields.Count == 0)
            return heads.Select(h => new RuleRecord(h.ContentItemId, h.Year, Empty)).ToList();

        var values = await db.Set<ContentFieldIndexRecord>().AsNoTracking()
            .Where(f => fields.Contains(f.FieldName) && versions.Select(v => v.Id).Contains(f.VersionId))
            .Select(f => new { f.VersionId, f.FieldName, f.TextValue, f.NumberValue, f.DateValue })
            .ToListAsync();
        var byVersion = values.ToLookup(v => v.VersionId);
        return heads.Select(h => new RuleRecord(h.ContentItemId, h.Year, byVersion[h.Id]
                .GroupBy(v => v.FieldName)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<IndexedValue>)g.Select(v => new IndexedValue(v.TextValue, v.NumberValue, v.DateValue)).ToList())))
            .ToList();
    }

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<IndexedValue>> Empty =
        new Dictionary<string, IReadOnlyList<IndexedValue>>();
}

using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.People;

/// <summary>
/// One SQL query per page: the published rows of the first ledger that meet the conditions, whose ID-number
/// hash has no published row of the second ledger in the year. Nothing is decrypted; titles are already masked.
/// </summary>
public sealed class PersonLedgerGaps(CmsDbContext db) : IPersonLedgerGaps
{
    public async Task<PersonGapPage> MissingAsync(PersonGapQuery query)
    {
        var size = Math.Clamp(query.PageSize, 1, 200);
        var items = db.Set<ContentItemRecord>().AsNoTracking();
        var index = db.Set<ContentFieldIndexRecord>().AsNoTracking();
        var covered = index.Where(f => f.FieldName == PersonFields.IdNumber)
            .Join(items.Where(r => r.Published && !r.Deleted && r.ContentType == query.MissingIn && r.Year == query.Year),
                f => f.VersionId, r => r.Id, (f, r) => f.TextValue);

        var rows = items.Where(r => r.Published && !r.Deleted && r.ContentType == query.FromType);
        if (query.DepartmentId is { } unit) rows = rows.Where(r => r.DepartmentId == unit);
        foreach (var filter in query.Where)
        {
            var (field, values) = (filter.Field, filter.Values.ToList());
            rows = rows.Where(r => r.FieldIndex.Any(f => f.FieldName == field && values.Contains(f.TextValue!)));
        }
        rows = rows.Where(r => r.FieldIndex.Any(f => f.FieldName == PersonFields.IdNumber && !covered.Contains(f.TextValue)));
        if (query.After is { } after) rows = rows.Where(r => string.Compare(r.ContentItemId, after) > 0);

        var page = await rows.OrderBy(r => r.ContentItemId).Take(size + 1)
            .Select(r => new PersonGapRow(r.ContentItemId, r.DisplayText, r.DepartmentId)).ToListAsync();
        var more = page.Count > size;
        if (more) page.RemoveAt(size);
        return new PersonGapPage(page, more ? page[^1].ContentItemId : null);
    }
}

using System.Globalization;
using System.Linq.Expressions;
using Jingyuan.Cms.Content.PersonalData;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Content;

public sealed partial class ContentManager
{
    public async Task<PagedResult<ContentItem>> QueryAsync(ContentQuery query)
    {
        var filtered = Filter(query, await IndexFiltersAsync(query));
        var total = await filtered.CountAsync();
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, 500);
        var rows = await Sort(filtered, query).Skip((page - 1) * size).Take(size).ToListAsync();
        return new PagedResult<ContentItem>(rows.Select(Map).ToList(), total, page, size);
    }

    public async Task<decimal> SumAsync(ContentQuery query, string numberField)
    {
        var versionIds = Filter(query, await IndexFiltersAsync(query)).Select(r => r.Id);
        var values = db.Set<ContentFieldIndexRecord>().AsNoTracking()
            .Where(f => f.FieldName == numberField && versionIds.Contains(f.VersionId) && f.NumberValue != null)
            .Select(f => f.NumberValue!.Value);
        return await values.SumAsync();
    }

    /// <summary>
    /// The field filters as the index holds them: a personal field's value is looked up by its
    /// keyed hash; partial or range matches on personal fields cannot match anything.
    /// </summary>
    private async Task<IReadOnlyList<FieldFilter>> IndexFiltersAsync(ContentQuery q)
    {
        if (q.Fields.Count == 0) return q.Fields;
        var personalFields = new HashSet<string>();
        foreach (var name in q.ContentTypes)
        {
            if (await definitions.GetTypeAsync(name) is { } type)
                personalFields.UnionWith(type.Fields.Where(PersonalDataProtector.Applies).Select(f => f.Name));
        }
        var result = new List<FieldFilter>();
        foreach (var f in q.Fields)
        {
            if (!personalFields.Contains(f.Field)) result.Add(f);
            else if (f.Operator is FieldOperator.Equals or FieldOperator.In)
            {
                var hashes = new List<string>();
                foreach (var v in f.Values) hashes.Add(await personal.IndexHashAsync(v));
                result.Add(FieldFilter.OneOf(f.Field, hashes));
            }
            else result.Add(FieldFilter.OneOf(f.Field, []));
        }
        return result;
    }

    private IQueryable<ContentItemRecord> Filter(ContentQuery q, IReadOnlyList<FieldFilter> fields)
    {
        var rows = Live();
        rows = q.Scope == ContentVersionScope.Published ? rows.Where(r => r.Published) : rows.Where(r => r.Latest);
        if (q.ContentTypes.Count > 0)
        {
            var types = q.ContentTypes.ToList();
            rows = rows.Where(r => types.Contains(r.ContentType));
        }
        if (q.Status is { } status) rows = rows.Where(r => r.Status == status);
        if (q.DepartmentId is { } dept) rows = rows.Where(r => r.DepartmentId == dept);
        if (q.Year is { } year) rows = rows.Where(r => r.Year == year);
        if (!string.IsNullOrEmpty(q.Owner)) rows = rows.Where(r => r.Owner == q.Owner);
        if (!string.IsNullOrWhiteSpace(q.Text)) rows = rows.Where(r => r.DisplayText.Contains(q.Text.Trim()));
        if (q.ModifiedFromUtc is { } from) rows = rows.Where(r => r.ModifiedUtc >= from);
        if (q.ModifiedToUtc is { } to) rows = rows.Where(r => r.ModifiedUtc <= to);
        foreach (var f in fields) rows = WhereField(rows, f);
        return rows;
    }

    private static IQueryable<ContentItemRecord> WhereField(IQueryable<ContentItemRecord> rows, FieldFilter f)
    {
        var number = decimal.TryParse(f.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null;
        // A bound written yyyy-MM-dd compares a date field (inclusive, whole days).
        if (number is null && DateOnly.TryParseExact(f.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var from = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var next = from.AddDays(1);
            if (f.Operator == FieldOperator.GreaterOrEqual) return rows.Where(r => r.FieldIndex.Any(i => i.FieldName == f.Field && i.DateValue >= from));
            if (f.Operator == FieldOperator.LessOrEqual) return rows.Where(r => r.FieldIndex.Any(i => i.FieldName == f.Field && i.DateValue < next));
        }
        return f.Operator switch
        {
            FieldOperator.Equals => rows.Where(r => r.FieldIndex.Any(i => i.FieldName == f.Field && i.TextValue == f.Value)),
            FieldOperator.In => WhereIn(rows, f.Field, f.Values.ToList()),
            FieldOperator.Contains => rows.Where(r => r.FieldIndex.Any(i => i.FieldName == f.Field && i.TextValue!.Contains(f.Value))),
            FieldOperator.GreaterOrEqual => rows.Where(r => r.FieldIndex.Any(i => i.FieldName == f.Field && i.NumberValue >= number)),
            FieldOperator.LessOrEqual => rows.Where(r => r.FieldIndex.Any(i => i.FieldName == f.Field && i.NumberValue <= number)),
            _ => rows,
        };
    }

    private static IQueryable<ContentItemRecord> WhereIn(IQueryable<ContentItemRecord> rows, string field, List<string> values) =>
        rows.Where(r => r.FieldIndex.Any(i => i.FieldName == field && values.Contains(i.TextValue!)));

    // Numbers by value (as text "100" would come before "9"), dates by date, the rest by text; one of the
    // three is set per field kind. NumberValue is read as double: SQLite cannot order by decimal.
    private static IOrderedQueryable<ContentItemRecord> ByField(IQueryable<ContentItemRecord> rows, string field, bool descending)
    {
        Expression<Func<ContentItemRecord, double?>> number = r => (double?)r.FieldIndex.Where(i => i.FieldName == field).Select(i => i.NumberValue).FirstOrDefault();
        Expression<Func<ContentItemRecord, DateTime?>> date = r => r.FieldIndex.Where(i => i.FieldName == field).Select(i => i.DateValue).FirstOrDefault();
        Expression<Func<ContentItemRecord, string?>> text = r => r.FieldIndex.Where(i => i.FieldName == field).Select(i => i.TextValue).FirstOrDefault();
        return descending
            ? rows.OrderByDescending(number).ThenByDescending(date).ThenByDescending(text)
            : rows.OrderBy(number).ThenBy(date).ThenBy(text);
    }

    private static IQueryable<ContentItemRecord> Sort(IQueryable<ContentItemRecord> rows, ContentQuery q)
    {
        IOrderedQueryable<ContentItemRecord> ordered = q.SortBy switch
        {
            ContentSort.Created => q.Descending ? rows.OrderByDescending(r => r.CreatedUtc) : rows.OrderBy(r => r.CreatedUtc),
            ContentSort.Published => q.Descending ? rows.OrderByDescending(r => r.PublishedUtc) : rows.OrderBy(r => r.PublishedUtc),
            ContentSort.Title => q.Descending ? rows.OrderByDescending(r => r.DisplayText) : rows.OrderBy(r => r.DisplayText),
            ContentSort.Modified or "" => q.Descending ? rows.OrderByDescending(r => r.ModifiedUtc) : rows.OrderBy(r => r.ModifiedUtc),
            var field => ByField(rows, field, q.Descending),
        };
        return ordered.ThenByDescending(r => r.Id);
    }
}

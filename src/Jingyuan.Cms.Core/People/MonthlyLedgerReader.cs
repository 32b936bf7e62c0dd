using Jingyuan.Cms.Content;
using Jingyuan.Cms.Content.PersonalData;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Time;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.People;

/// <summary>One person's row of a monthly ledger: masked name, the version shown, and its month.</summary>
public sealed record MonthlyLedgerRow(string ContentItemId, int Number, string DisplayText, string MaskedName, int? DepartmentId,
    DateOnly? LedgerMonth, IReadOnlyDictionary<string, string> Choices);

/// <summary>How many rows hold each value of one choice field.</summary>
public sealed record ChoiceCount(string Field, string Value, int Count);

/// <summary>A page of rows (keyed by item id: <see cref="NextAfter"/> opens the next page) with the whole list's total.</summary>
public sealed record MonthlyLedgerPage(IReadOnlyList<MonthlyLedgerRow> Rows, string? NextAfter, int Total, IReadOnlyList<ChoiceCount> Counts);

/// <summary>Which month, which rows: the department scope is null for every unit's rows.</summary>
public sealed record MonthlyLedgerQuery(ResolvedContentType Type, DateOnly Month, int? DepartmentId, string? After = null,
    int PageSize = 50, IReadOnlyList<string>? CountFields = null);

/// <summary>
/// A ledger kept month by month (<see cref="ContentTypeDefinition.LedgerMonthField"/>) seen at a month's end, in SQL and
/// paged by item id: the version of each person that was published at that moment (its publish window holds the month's
/// last instant in China time), and the persons whose latest row reports an earlier month (本月未报).
/// </summary>
public sealed class MonthlyLedgerReader(CmsDbContext db, PersonalDataProtector personal)
{
    public const int MaxPageSize = 200;

    /// <summary>The first instant after the month in China time, as UTC.</summary>
    public static DateTime MonthEndUtc(DateOnly month) =>
        DateTime.SpecifyKind(new DateOnly(month.Year, month.Month, 1).AddMonths(1).ToDateTime(TimeOnly.MinValue) - ChinaTime.Offset, DateTimeKind.Utc);

    public async Task<MonthlyLedgerPage> MonthEndAsync(MonthlyLedgerQuery query)
    {
        var end = MonthEndUtc(query.Month);
        var rows = Scoped(query).Where(r => r.PublishedUtc != null && r.PublishedUtc < end
                                            && (r.Published || (r.UnpublishedUtc != null && r.UnpublishedUtc >= end)));
        return await PageAsync(rows, query);
    }

    public async Task<MonthlyLedgerPage> NotReportedAsync(MonthlyLedgerQuery query)
    {
        var field = query.Type.Type.LedgerMonthField ?? throw new InvalidOperationException($"{query.Type.Type.Name} is not kept monthly.");
        var start = DateTime.SpecifyKind(new DateOnly(query.Month.Year, query.Month.Month, 1).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
        var end = MonthEndUtc(query.Month);
        var rows = Scoped(query).Where(r => r.Latest && r.CreatedUtc < end
                                            && !r.FieldIndex.Any(i => i.FieldName == field && i.DateValue >= start));
        return await PageAsync(rows, query);
    }

    private IQueryable<ContentItemRecord> Scoped(MonthlyLedgerQuery query)
    {
        var rows = db.Set<ContentItemRecord>().AsNoTracking().Where(r => r.ContentType == query.Type.Type.Name && !r.Deleted);
        return query.DepartmentId is { } department ? rows.Where(r => r.DepartmentId == department) : rows;
    }

    private async Task<MonthlyLedgerPage> PageAsync(IQueryable<ContentItemRecord> rows, MonthlyLedgerQuery query)
    {
        var total = await rows.CountAsync();
        var counts = new List<ChoiceCount>();
        foreach (var field in query.CountFields ?? [])
        {
            var ids = rows.Select(r => r.Id);
            var values = await db.Set<ContentFieldIndexRecord>().AsNoTracking()
                .Where(i => i.FieldName == field && ids.Contains(i.VersionId) && i.TextValue != null)
                .GroupBy(i => i.TextValue!).Select(g => new { Value = g.Key, Count = g.Count() }).ToListAsync();
            counts.AddRange(values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
                .Select(v => new ChoiceCount(field, v.Value, v.Count)));
        }

        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var paged = string.IsNullOrEmpty(query.After) ? rows : rows.Where(r => string.Compare(r.ContentItemId, query.After) > 0);
        var page = await paged.OrderBy(r => r.ContentItemId).Take(size + 1).ToListAsync();
        var more = page.Count > size;
        if (more) page.RemoveAt(size);
        var monthField = query.Type.Type.LedgerMonthField;
        var choiceFields = query.Type.Fields.Where(f => f.Kind == FieldKind.Choice).Select(f => f.Name).ToList();
        var result = page.Select(r =>
        {
            var item = ContentItemMapper.ToItem(r, personal);
            var month = monthField is not null && DateOnly.TryParse(item.GetText(monthField), System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : (DateOnly?)null;
            var choices = choiceFields.ToDictionary(f => f, f => item.GetText(f) ?? "");
            return new MonthlyLedgerRow(r.ContentItemId, r.Number, r.DisplayText, PersonalDataMask.Mask(item.GetText(PersonFields.Name)),
                r.DepartmentId, month, choices);
        }).ToList();
        return new MonthlyLedgerPage(result, more ? page[^1].ContentItemId : null, total, counts);
    }
}

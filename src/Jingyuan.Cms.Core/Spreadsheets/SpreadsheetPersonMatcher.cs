using Jingyuan.Cms.Content;
using Jingyuan.Cms.Content.PersonalData;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Spreadsheets;

/// <summary>A sheet row that updates a stored item: its position in the batch and the stamp the item had when matched.</summary>
public sealed record SpreadsheetUpdate(int Index, string ExpectedStamp);

/// <summary>
/// Recognises the persons of a people ledger's sheet by ID number (the keyed hash the field index holds, never the
/// clear number) among the importing unit's own items of the type. A matched row becomes the stored item's next
/// version: its id, unit, owner and the columns the sheet lacks come from the stored item, never from the sheet.
/// The same number twice in a sheet, or a match the user may not edit, is refused by row.
/// </summary>
public sealed class SpreadsheetPersonMatcher(
    CmsDbContext db,
    PersonalDataProtector personal,
    ICurrentUser currentUser,
    IRecordTypeAccess recordTypes,
    TimeProvider clock)
{
    /// <summary>The type's indexed ID-number field, when it is a people ledger.</summary>
    public static ContentFieldDefinition? IdField(ResolvedContentType type) =>
        type.Fields.FirstOrDefault(f => f.Settings.Format == TextFormat.ChineseIdNumber && f.Settings.Indexed);

    /// <summary>Replaces matched rows' items by the stored items' next versions; returns them and the refused rows.</summary>
    public async Task<(List<SpreadsheetUpdate> Updates, List<SpreadsheetError> Errors)> MatchAsync(ResolvedContentType type,
        List<ContentItem> items, IReadOnlyList<int> rowNumbers, IReadOnlyDictionary<int, SpreadsheetColumn> columns, int? departmentId)
    {
        var updates = new List<SpreadsheetUpdate>();
        var errors = new List<SpreadsheetError>();
        if (IdField(type) is not { } field) return (updates, errors);
        var idColumn = columns.FirstOrDefault(c => c.Value.Field?.Name == field.Name);
        var (letter, header) = idColumn.Value is null ? ("", field.Label) : (SpreadsheetColumn.Letter(idColumn.Key), idColumn.Value.Header);

        var today = ChinaTime.Today(clock);
        var hashes = new Dictionary<int, string>();
        var firstRow = new Dictionary<string, int>();
        for (var i = 0; i < items.Count; i++)
        {
            // A missing or wrong number is reported at its cell by the field's own validation.
            if (items[i].GetText(field.Name) is not { Length: > 0 } raw || ChineseIdNumber.Problem(raw, today) is not null) continue;
            var hash = await personal.IndexHashAsync(ChineseIdNumber.Normalize(raw));
            if (firstRow.TryGetValue(hash, out var first))
            {
                errors.Add(new SpreadsheetError(rowNumbers[i], letter, header, $"与第 {rowNumbers[first]} 行的身份证号码相同：同一人在一张表中只能有一行"));
                continue;
            }
            firstRow[hash] = i;
            hashes[i] = hash;
        }
        if (hashes.Count == 0) return (updates, errors);

        var stored = await StoredAsync(type.Type.Name, field.Name, departmentId, [.. hashes.Values]);
        foreach (var (index, hash) in hashes)
        {
            if (!stored.TryGetValue(hash, out var matches)) continue;
            var row = rowNumbers[index];
            if (matches.Count > 1)
            {
                errors.Add(new SpreadsheetError(row, letter, header, "本单位台账中该身份证号码有多条记录，无法确定更新哪一条，请先合并"));
                continue;
            }
            var record = matches[0];
            if (!await MayEditAsync(record.DepartmentId, type.Type.Name))
            {
                errors.Add(new SpreadsheetError(row, letter, header, "该身份证号码对应的已有记录您无权修改"));
                continue;
            }
            items[index] = NextVersion(ContentItemMapper.ToItem(record, personal), items[index], columns.Values, type.Type.LedgerMonthField);
            updates.Add(new SpreadsheetUpdate(index, record.ConcurrencyStamp));
        }
        return (updates, errors);
    }

    /// <summary>Latest versions of the unit's items of the type, by ID-number hash (only those the sheet names).</summary>
    private async Task<Dictionary<string, List<ContentItemRecord>>> StoredAsync(string type, string field, int? departmentId, List<string> hashes)
    {
        var found = new List<(string Hash, ContentItemRecord Record)>();
        foreach (var chunk in hashes.Chunk(500))
        {
            var rows = await db.Set<ContentFieldIndexRecord>().AsNoTracking()
                .Where(f => f.FieldName == field && chunk.Contains(f.TextValue!))
                .Join(db.Set<ContentItemRecord>().AsNoTracking()
                        .Where(r => r.ContentType == type && r.Latest && !r.Deleted && r.DepartmentId == departmentId),
                    f => f.VersionId, r => r.Id, (f, r) => new { f.TextValue, Record = r })
                .ToListAsync();
            found.AddRange(rows.Select(r => (r.TextValue!, r.Record)));
        }
        return found.GroupBy(f => f.Hash).ToDictionary(g => g.Key, g => g.Select(x => x.Record).DistinctBy(r => r.Id).ToList());
    }

    private static ContentItem NextVersion(ContentItem stored, ContentItem sheet, IEnumerable<SpreadsheetColumn> columns, string? month)
    {
        var next = stored.CloneAsNewVersion();
        foreach (var column in columns)
        {
            if (column.Key == SpreadsheetColumn.TitleKey) { if (sheet.DisplayText.Length > 0) next.DisplayText = sheet.DisplayText; }
            else if (column.Key == SpreadsheetColumn.YearKey) { if (sheet.Year is not null) next.Year = sheet.Year; }
            else if (column.Field is { } f) next.Data[f.Name] = sheet.Data[f.Name]?.DeepClone();
        }
        // A monthly ledger's row reports the month it was given (its column, or the import's month), not the stored one.
        if (month is { } field && sheet.Data[field] is { } reported) next.Data[field] = reported.DeepClone();
        return next;
    }

    /// <summary>The engine's write rule, asked beforehand so a refusal names its row.</summary>
    private async Task<bool> MayEditAsync(int? department, string type)
    {
        if (await currentUser.HasPermissionAsync(StandardPermissions.EditAllContent)) return true;
        return currentUser.DepartmentId is { } own && own == department
            && await currentUser.HasPermissionAsync(StandardPermissions.EditOwnDepartmentContent)
            && (!await recordTypes.IsGovernedAsync(type) || await recordTypes.DepartmentMayAsync(own, type, RecordTypeAction.EditOwn));
    }
}

using System.Globalization;
using ClosedXML.Excel;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Spreadsheets;

/// <summary>Told how a long import advances (the background job's progress bar).</summary>
public interface ISpreadsheetImportProgress
{
    Task ValidatedAsync(int rows, int total);
    Task WritingAsync();
}

/// <summary>
/// Imports a ledger sheet into drafts of a content type. The file's size and row count are checked
/// while streaming, before it is loaded; every row is then parsed and checked with the same parsing
/// and validation as the edit form, outside any transaction; one bad cell means nothing is imported,
/// and every bad cell is reported by row and column. A clean sheet is written in one short transaction.
/// In a people ledger a row whose ID number the unit already keeps updates that person (<see cref="SpreadsheetPersonMatcher"/>).
/// </summary>
public sealed partial class ContentSpreadsheetImporter(
    IContentManager contents,
    ContentSpreadsheetWriter writer,
    SpreadsheetPersonMatcher matcher,
    Data.CmsDbContext db,
    IAuditTrail audit)
{
    public const int MaxRows = 5000;
    public const int MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>Above this many rows the admin page runs the import as a background job with a progress bar.</summary>
    public const int BackgroundThreshold = 500;

    /// <summary>The streaming pre-check alone: whether the file can be imported at all, and how many rows it has.</summary>
    public static SpreadsheetShape Inspect(byte[] file) =>
        file.Length > MaxFileBytes
            ? new SpreadsheetShape(0, 0, new SpreadsheetError(0, "", "", $"文件不能超过 {MaxFileBytes / 1024 / 1024} MB，请分批导入。"))
            : SpreadsheetInspector.Inspect(file, MaxRows);

    /// <param name="ledgerMonth">For a ledger kept monthly: the month set on every row that leaves its month empty.</param>
    public async Task<SpreadsheetImportResult> ImportAsync(ResolvedContentType type, byte[] file, int? departmentId, bool submit,
        DateOnly? ledgerMonth = null, ISpreadsheetImportProgress? progress = null, CancellationToken cancellationToken = default)
    {
        var shape = Inspect(file);
        if (shape.Error is { } refused) return Failed(refused);

        var (items, rows, errors) = await ReadAsync(type, file, departmentId);
        if (errors is [{ Row: <= 1 }, ..]) return new SpreadsheetImportResult(0, errors);
        if (items.Count == 0 && errors.Count == 0) return Failed(new SpreadsheetError(0, "", "", "表格中没有数据行。"));
        FillMonth(type, items, ledgerMonth);
        var (updates, matchErrors) = await matcher.MatchAsync(type, items, rows.Numbers, rows.Columns, departmentId);
        errors.AddRange(matchErrors);

        var batch = new ContentBatch
        {
            Items = items, Submit = submit, CancellationToken = cancellationToken,
            Summary = Summary(type, departmentId, items.Count - updates.Count, updates.Count),
            Validated = progress is null ? null : progress.ValidatedAsync,
            Writing = progress is null ? null : progress.WritingAsync,
        };
        // With a bad cell already found the rows are still validated (every error is reported), never written.
        var invalid = errors.Count > 0 || updates.Count > 0 ? await contents.ValidateManyAsync(batch) : await contents.CreateManyAsync(batch);
        foreach (var (index, fields) in invalid)
        {
            foreach (var (key, messages) in fields)
            {
                var (letter, header) = Locate(rows.Columns, key);
                errors.AddRange(messages.Select(m => new SpreadsheetError(rows.Numbers[index], letter, header, m)));
            }
        }
        if (errors.Count == 0 && updates.Count > 0) errors.AddRange(await WriteWithUpdatesAsync(batch, updates, rows.Numbers, progress));
        if (errors.Count > 0)
        {
            return new SpreadsheetImportResult(0, errors.DistinctBy(e => (e.Row, e.Column.Length > 0 ? e.Column : e.Header + e.Message)) // one reason per cell: the first
                .OrderBy(e => e.Row).ThenBy(e => e.Column.Length).ThenBy(e => e.Column, StringComparer.Ordinal).ToList());
        }
        return new SpreadsheetImportResult(items.Count, [], updates.Count);
    }

    private sealed record SheetRows(Dictionary<int, SpreadsheetColumn> Columns, List<int> Numbers);

    /// <summary>Parses the first sheet into unsaved items; the workbook is released before validation starts.</summary>
    private async Task<(List<ContentItem> Items, SheetRows Rows, List<SpreadsheetError> Errors)> ReadAsync(
        ResolvedContentType type, byte[] file, int? departmentId)
    {
        var items = new List<ContentItem>();
        var rows = new SheetRows([], []);
        XLWorkbook book;
        try { book = new XLWorkbook(new MemoryStream(file, writable: false)); }
        catch (Exception e) when (e is InvalidDataException or FileFormatException or ArgumentException or IOException
                                       or InvalidOperationException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException
                                       or System.Xml.XmlException or FormatException or NullReferenceException)
        {
            return (items, rows, [new SpreadsheetError(0, "", "", SpreadsheetInspector.UnreadableMessage)]);
        }
        using (book)
        {
            var sheet = book.Worksheets.First();
            var (columns, headerErrors) = ReadHeader(sheet, type);
            if (headerErrors.Count > 0) return (items, rows, headerErrors);
            rows = rows with { Columns = columns };

            var names = await writer.NamesAsync();
            var errors = new List<SpreadsheetError>();
            var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 1;
            for (var row = 2; row <= lastRow; row++)
            {
                if (sheet.Row(row).IsEmpty()) continue;
                var item = new ContentItem { ContentType = type.Type.Name, DepartmentId = departmentId };
                errors.AddRange(ReadRow(sheet, row, columns, item, names));
                items.Add(item);
                rows.Numbers.Add(row);
            }
            return (items, rows, errors);
        }
    }

    private static (Dictionary<int, SpreadsheetColumn> Columns, List<SpreadsheetError> Errors) ReadHeader(IXLWorksheet sheet, ResolvedContentType type)
    {
        var expected = SpreadsheetColumn.For(type, includePersonal: true)
            .ToDictionary(c => SpreadsheetColumn.Normalize(c.Header));
        var columns = new Dictionary<int, SpreadsheetColumn>();
        var errors = new List<SpreadsheetError>();
        var lastColumn = sheet.Row(1).LastCellUsed()?.Address.ColumnNumber ?? 0;
        for (var c = 1; c <= lastColumn; c++)
        {
            var header = sheet.Cell(1, c).GetString();
            if (string.IsNullOrWhiteSpace(header)) continue;
            if (expected.TryGetValue(SpreadsheetColumn.Normalize(header), out var column)) columns[c] = column;
            else errors.Add(new SpreadsheetError(1, SpreadsheetColumn.Letter(c), header, "无法识别的列标题，请使用模板中的列标题"));
        }
        foreach (var missing in expected.Values.Where(e => (e.Field?.Required ?? e.Key == SpreadsheetColumn.TitleKey) && !columns.ContainsValue(e)))
        {
            errors.Add(new SpreadsheetError(1, "", missing.Header, $"缺少必填列“{missing.Header}”"));
        }
        return (columns, errors);
    }

    private static IEnumerable<SpreadsheetError> ReadRow(IXLWorksheet sheet, int row, Dictionary<int, SpreadsheetColumn> columns,
        ContentItem item, LookupNames names)
    {
        foreach (var (index, column) in columns)
        {
            var cell = sheet.Cell(row, index);
            var raw = CellText(cell);
            var letter = SpreadsheetColumn.Letter(index);
            if (column.Key == SpreadsheetColumn.TitleKey) { item.DisplayText = raw; continue; }
            if (column.Key == SpreadsheetColumn.YearKey)
            {
                if (int.TryParse(raw, out var year) && year is >= 2000 and <= 2100) item.Year = year;
                else if (raw.Length > 0) yield return new SpreadsheetError(row, letter, column.Header, "年度必须是四位年份");
                continue;
            }
            var field = column.Field!;
            if (field.Settings.Format == TextFormat.ChineseIdNumber && cell.DataType == XLDataType.Number)
            {
                yield return new SpreadsheetError(row, letter, column.Header,
                    "身份证号码被 Excel 存成了数字，末几位可能已丢失：请把该列设为“文本”格式后重新录入");
                continue;
            }
            if (field.Kind is FieldKind.Department or FieldKind.Site && raw.Length > 0)
            {
                var lookup = field.Kind == FieldKind.Department ? names.Departments : names.Sites;
                var match = lookup.FirstOrDefault(p => p.Value == raw);
                if (match.Value is null)
                {
                    yield return new SpreadsheetError(row, letter, column.Header, $"“{raw}”不在{(field.Kind == FieldKind.Department ? "部门" : "安置区")}名单中");
                    continue;
                }
                raw = match.Key.ToString(CultureInfo.InvariantCulture);
            }
            var (value, error) = FieldValueParser.Parse(field, [raw]);
            if (error is not null) yield return new SpreadsheetError(row, letter, column.Header, error);
            item.Data[field.Name] = value;
        }
    }

    private static string CellText(IXLCell cell) => cell.DataType switch
    {
        XLDataType.DateTime => cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        XLDataType.Number => cell.GetDouble().ToString(CultureInfo.InvariantCulture),
        XLDataType.Boolean => cell.GetBoolean() ? "是" : "否",
        _ => cell.GetString().Trim(),
    };

    private static (string Letter, string Header) Locate(Dictionary<int, SpreadsheetColumn> columns, string key)
    {
        var match = columns.FirstOrDefault(c => string.Equals(c.Value.Key, key, StringComparison.OrdinalIgnoreCase));
        return match.Value is null ? ("", "") : (SpreadsheetColumn.Letter(match.Key), match.Value.Header);
    }

    private static SpreadsheetImportResult Failed(SpreadsheetError error) => new(0, [error]);
}

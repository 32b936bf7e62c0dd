using System.Globalization;
using ClosedXML.Excel;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;

namespace Jingyuan.Cms.Spreadsheets;

/// <summary>
/// Imports a ledger sheet into drafts of a content type. Every row is checked first, with the
/// same parsing and validation as the edit form; one bad cell means nothing is imported, and
/// every bad cell is reported by row and column.
/// </summary>
public sealed class ContentSpreadsheetImporter(
    IContentManager contents,
    ContentSpreadsheetWriter writer,
    CmsDbContext db,
    IAuditTrail audit)
{
    public const int MaxRows = 5000;

    public async Task<SpreadsheetImportResult> ImportAsync(ResolvedContentType type, Stream file, int? departmentId, bool submit)
    {
        XLWorkbook book;
        try { book = new XLWorkbook(file); }
        catch (Exception e) when (e is InvalidDataException or FileFormatException or ArgumentException or IOException or InvalidOperationException)
        {
            return Failed(new SpreadsheetError(0, "", "", "无法读取文件：请上传 .xlsx 格式的 Excel 工作簿（可先下载模板）。"));
        }
        using (book)
        {
            var sheet = book.Worksheets.First();
            var (columns, headerErrors) = ReadHeader(sheet, type);
            if (headerErrors.Count > 0) return new SpreadsheetImportResult(0, headerErrors);

            var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 1;
            if (lastRow - 1 > MaxRows) return Failed(new SpreadsheetError(0, "", "", $"一次最多导入 {MaxRows} 行，请分批导入。"));

            var names = await writer.NamesAsync();
            var items = new List<ContentItem>();
            var errors = new List<SpreadsheetError>();
            for (var row = 2; row <= lastRow; row++)
            {
                if (sheet.Row(row).IsEmpty()) continue;
                var item = await contents.NewAsync(type.Type.Name);
                item.DepartmentId = departmentId;
                errors.AddRange(ReadRow(sheet, row, columns, item, names));
                var invalid = await contents.ValidateAsync(item);
                foreach (var (key, messages) in invalid)
                {
                    var (letter, header) = Locate(columns, key);
                    errors.AddRange(messages.Select(m => new SpreadsheetError(row, letter, header, m)));
                }
                items.Add(item);
            }
            if (errors.Count > 0) return new SpreadsheetImportResult(0, errors.DistinctBy(e => (e.Row, e.Column, e.Message)).ToList());
            if (items.Count == 0) return Failed(new SpreadsheetError(0, "", "", "表格中没有数据行。"));

            await db.InTransactionAsync(async () =>
            {
                foreach (var item in items)
                {
                    var saved = await contents.SaveDraftAsync(item, null);
                    if (submit) await contents.SubmitAsync(saved.ContentItemId);
                }
                await audit.RecordAsync(new AuditEntry(AuditEvents.DataImported,
                    $"从 Excel 导入 {items.Count} 条{type.Type.DisplayName}", ContentType: type.Type.Name, DepartmentId: departmentId));
            });
            return new SpreadsheetImportResult(items.Count, []);
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

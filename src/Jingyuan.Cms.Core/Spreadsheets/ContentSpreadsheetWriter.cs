using System.Globalization;
using ClosedXML.Excel;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Spreadsheets;

/// <summary>Writes templates and exports of any content type; the same layout the importer reads.</summary>
public sealed class ContentSpreadsheetWriter(IContentManager contents, IDepartmentStore departments, IPlanStore plans)
{
    private const int PageSize = 200;

    public async Task<byte[]> TemplateAsync(ResolvedContentType type)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet(SpreadsheetSafety.SheetName(book, type.Type.DisplayName));
        var columns = SpreadsheetColumns(type, includePersonal: true);
        WriteHeader(sheet, columns);
        await AddChoiceListsAsync(book, sheet, columns);
        return Save(book);
    }

    /// <summary>Exports the query's items page by page, so memory follows the page size, not the table.</summary>
    public async Task<SpreadsheetExport> ExportAsync(ResolvedContentType type, ContentQuery query, SpreadsheetExportOptions options)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet(SpreadsheetSafety.SheetName(book, type.Type.DisplayName));
        var columns = SpreadsheetColumns(type, options.Personal != PersonalColumns.Omit);
        WriteHeader(sheet, columns);
        var names = await NamesAsync();
        var row = 2;
        query.PageSize = PageSize;
        for (query.Page = 1; ; query.Page++)
        {
            var page = await contents.QueryAsync(query);
            foreach (var item in page.Items)
            {
                for (var c = 0; c < columns.Count; c++) SetCell(sheet.Cell(row, c + 1), columns[c], item, names, options.Personal);
                row++;
            }
            if (!page.HasNext) break;
        }
        SpreadsheetWatermark.Apply(book, sheet, options);
        return new SpreadsheetExport(Save(book), row - 2);
    }

    private static IReadOnlyList<SpreadsheetColumn> SpreadsheetColumns(ResolvedContentType type, bool includePersonal) =>
        SpreadsheetColumn.For(type, includePersonal);

    private static void WriteHeader(IXLWorksheet sheet, IReadOnlyList<SpreadsheetColumn> columns)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = sheet.Cell(1, c + 1);
            cell.Value = columns[c].Header;
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.LightGray;
            sheet.Column(c + 1).Width = Math.Max(12, columns[c].Header.Length * 2.2);
            if (columns[c].Field?.Settings.Hint is { Length: > 0 } hint) cell.Comment.AddText(hint);
            // Typed into a General cell, an 18-digit ID number becomes a number and loses its last digits.
            if (columns[c].Field?.Settings.Format is TextFormat.ChineseIdNumber or TextFormat.Phone)
                sheet.Column(c + 1).Style.NumberFormat.Format = "@";
        }
        sheet.SheetView.FreezeRows(1);
    }

    private async Task AddChoiceListsAsync(XLWorkbook book, IXLWorksheet sheet, IReadOnlyList<SpreadsheetColumn> columns)
    {
        var lists = book.AddWorksheet(SpreadsheetSafety.SheetName(book, "选项"));
        var names = await NamesAsync();
        var listColumn = 1;
        for (var c = 0; c < columns.Count; c++)
        {
            var options = columns[c].Field?.Kind switch
            {
                FieldKind.Choice => columns[c].Field!.Settings.Options,
                FieldKind.Boolean => ["是", "否"],
                FieldKind.Department => names.Departments.Values.ToList(),
                FieldKind.Site => names.Sites.Values.ToList(),
                _ => null,
            };
            if (options is null || options.Count == 0) continue;
            for (var i = 0; i < options.Count; i++) lists.Cell(i + 1, listColumn).Value = options[i];
            var range = lists.Range(1, listColumn, options.Count, listColumn);
            sheet.Range(2, c + 1, 2000, c + 1).SetDataValidation().List(range, true);
            listColumn++;
        }
        lists.Hide();
    }

    internal async Task<LookupNames> NamesAsync() => new(
        (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name),
        (await plans.ListSitesAsync()).ToDictionary(s => s.Id, s => s.Name));

    // Numbers stay numbers so the sheet can be summed in Excel.
    private static void SetCell(IXLCell cell, SpreadsheetColumn column, ContentItem item, LookupNames names, PersonalColumns personal)
    {
        if (column.Field is { Settings.Personal: true } && personal != PersonalColumns.Clear)
            cell.SetValue(PersonalDataMask.Mask(CellText(column, item, names)));
        else if (column.Field is { Kind: FieldKind.Number } field && item.GetNumber(field.Name) is { } number) cell.SetValue(number);
        else cell.SetValue(CellText(column, item, names));
    }

    private static string CellText(SpreadsheetColumn column, ContentItem item, LookupNames names)
    {
        if (column.Key == SpreadsheetColumn.TitleKey) return item.DisplayText;
        if (column.Key == SpreadsheetColumn.YearKey) return item.Year?.ToString(CultureInfo.InvariantCulture) ?? "";
        var field = column.Field!;
        return field.Kind switch
        {
            FieldKind.Boolean => item.GetBool(field.Name) ? "是" : "否",
            FieldKind.MultiChoice => string.Join("，", item.GetList(field.Name)),
            FieldKind.Department => item.GetInt(field.Name) is { } d ? names.Departments.GetValueOrDefault(d, "") : "",
            FieldKind.Site => item.GetInt(field.Name) is { } s ? names.Sites.GetValueOrDefault(s, "") : "",
            FieldKind.Html => System.Text.RegularExpressions.Regex.Replace(item.GetText(field.Name) ?? "", "<[^>]+>", ""),
            _ => item.GetText(field.Name) ?? "",
        };
    }

    private static byte[] Save(XLWorkbook book) => SpreadsheetSafety.Save(book);
}

internal sealed record LookupNames(IReadOnlyDictionary<int, string> Departments, IReadOnlyDictionary<int, string> Sites);

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jingyuan.Cms.Archive;

/// <summary>One row of 目录.xlsx, in the columns of DA/T 22-2015 归档文件整理规则 (归档文件目录).</summary>
public sealed record ArchiveCatalogueRow(string ItemNumber, string Responsible, string Title, string Date,
    string Pages, string Retention, string Remarks)
{
    public static readonly string[] Headers = ["件号", "责任者", "题名", "日期", "页数/份数", "保管期限", "备注"];

    public string[] Cells => [ItemNumber, Responsible, Title, Date, Pages, Retention, Remarks];

    /// <summary>One line of the build's spool file (tab-separated; tabs and line breaks in values become spaces).</summary>
    public string ToSpoolLine() => string.Join('\t', Cells.Select(c => c.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' '))) + "\n";

    public static ArchiveCatalogueRow FromSpoolLine(string line)
    {
        var c = line.Split('\t');
        return new ArchiveCatalogueRow(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }
}

/// <summary>
/// Writes 目录.xlsx row by row with the Open XML SAX writer, so a catalogue of 100,000 rows never sits in
/// memory. Cells are inline strings: text, never formulas.
/// </summary>
internal static class ArchiveCatalogue
{
    public static void Write(string xlsxPath, string title, IEnumerable<ArchiveCatalogueRow> rows)
    {
        using var document = SpreadsheetDocument.Create(xlsxPath, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new Columns());
            double[] widths = [22, 16, 48, 12, 12, 10, 40];
            for (var i = 0; i < widths.Length; i++)
                writer.WriteElement(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, [title]);
            WriteRow(writer, ArchiveCatalogueRow.Headers);
            foreach (var row in rows) WriteRow(writer, row.Cells);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "归档文件目录" }));
        workbook.Workbook.Save();
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<string> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var text in cells)
            writer.WriteElement(new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
            {
                DataType = CellValues.InlineString,
            });
        writer.WriteEndElement();
    }
}

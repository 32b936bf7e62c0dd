using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jingyuan.Cms.Tests.Spreadsheets;

/// <summary>Workbooks for the TestRecord type (标题, 年度, *头数（头）, 阶段).</summary>
internal static class ImportWorkbooks
{
    public static readonly string[] Header = ["*标题", "年度", "*头数（头）", "阶段"];

    public static string[] Row(string title, string head = "10") => [title, "2023", head, "在建"];

    /// <summary>A sheet as people fill it, through ClosedXML.</summary>
    public static byte[] Small(IEnumerable<string[]> rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("测试记录");
        for (var c = 0; c < Header.Length; c++) sheet.Cell(1, c + 1).SetValue(Header[c]);
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++) sheet.Cell(r, c + 1).SetValue(row[c]);
            r++;
        }
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>A huge sheet written as a stream (Open XML SDK's SAX writer), fast even for 200,000 rows.</summary>
    public static byte[] Huge(int rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var part = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, 1, Header);
                for (var r = 2; r <= rows + 1; r++) WriteRow(writer, r, Row($"批量导入第{r}行"));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "测试记录" }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static void WriteRow(OpenXmlWriter writer, int number, string[] values)
    {
        writer.WriteStartElement(new DocumentFormat.OpenXml.Spreadsheet.Row { RowIndex = (uint)number });
        foreach (var value in values)
        {
            writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
        }
        writer.WriteEndElement();
    }

    /// <summary>A zip with no entries, named .xlsx.</summary>
    public static byte[] EmptyZip()
    {
        using var stream = new MemoryStream();
        using (new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true)) { }
        return stream.ToArray();
    }
}

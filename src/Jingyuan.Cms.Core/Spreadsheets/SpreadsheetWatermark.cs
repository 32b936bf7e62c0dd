using ClosedXML.Excel;
using Jingyuan.Cms.Time;

namespace Jingyuan.Cms.Spreadsheets;

/// <summary>
/// Marks an export with who made it and when: in the workbook's properties, in the printed
/// footer of the data sheet, and on a last sheet "导出信息". The data sheet stays first and
/// unchanged, so the file can still be imported.
/// </summary>
internal static class SpreadsheetWatermark
{
    public const string InfoSheetName = "导出信息";

    public static void Apply(XLWorkbook book, IXLWorksheet sheet, SpreadsheetExportOptions options)
    {
        var china = ChinaTime.Format(options.ExportedUtc);
        var personal = options.Personal switch
        {
            PersonalColumns.Clear => "含个人信息明文，仅限工作使用，不得外传",
            PersonalColumns.Masked => "个人信息已脱敏",
            _ => "不含个人信息",
        };
        var line = $"导出人：{options.ExportedBy}　导出时间：{china}（北京时间）　{personal}";

        book.Properties.Author = options.ExportedBy;
        book.Properties.LastModifiedBy = options.ExportedBy;
        book.Properties.Created = options.ExportedUtc;
        book.Properties.Comments = line;
        sheet.PageSetup.Footer.Center.AddText(line);

        var info = book.AddWorksheet(InfoSheetName);
        info.Cell(1, 1).Value = "导出人";
        info.Cell(1, 2).Value = options.ExportedBy;
        info.Cell(2, 1).Value = "导出时间";
        info.Cell(2, 2).Value = china + "（北京时间）";
        info.Cell(3, 1).Value = "个人信息";
        info.Cell(3, 2).Value = personal;
        info.Column(1).Width = 12;
        info.Column(2).Width = 48;
    }
}

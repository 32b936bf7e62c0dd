using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Time;

namespace Jingyuan.Cms.Audit;

/// <summary>The audit trail as CSV (UTF-8 with BOM, for Excel) or .xlsx, times in China time.</summary>
public static class AuditExport
{
    internal static readonly string[] Headers = ["序号", "编号", "时间（北京时间）", "事件", "用户", "来源地址", "部门编号", "内容编号", "内容类型", "摘要", "变更", "哈希"];

    public static async Task<int> WriteCsvAsync(Stream output, IAsyncEnumerable<AuditEventRecord> rows, Func<string, string> eventName)
    {
        var count = 0;
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync(CsvLine(Headers));
        await foreach (var row in rows)
        {
            await writer.WriteAsync(CsvLine(Cells(row, eventName)));
            count++;
        }
        return count;
    }

    public static async Task<int> WriteXlsxAsync(Stream output, IAsyncEnumerable<AuditEventRecord> rows, Func<string, string> eventName)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("审计日志");
        for (var c = 0; c < Headers.Length; c++) sheet.Cell(1, c + 1).Value = Headers[c];
        var r = 1;
        await foreach (var row in rows)
        {
            r++;
            var cells = Cells(row, eventName);
            // Written as text, never as a formula; Save marks formula-like text with Excel's quote prefix.
            for (var c = 0; c < cells.Length; c++) sheet.Cell(r, c + 1).SetValue(cells[c]);
        }
        sheet.Row(1).Style.Font.Bold = true;
        await output.WriteAsync(Spreadsheets.SpreadsheetSafety.Save(book));
        return r - 1;
    }

    internal static string[] Cells(AuditEventRecord r, Func<string, string> eventName) =>
        new[]
        {
            r.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "", r.Id.ToString(CultureInfo.InvariantCulture),
            ChinaTime.Format(r.OccurredUtc),
            eventName(r.EventName), r.UserName, r.RemoteAddress ?? "", r.DepartmentId?.ToString(CultureInfo.InvariantCulture) ?? "",
            r.ContentItemId ?? "", r.ContentType ?? "", r.Summary, r.Diff ?? "", r.Hash ?? "",
        };

    internal static string CsvLine(IEnumerable<string> cells) => string.Join(',', cells.Select(Spreadsheets.SpreadsheetSafety.CsvField)) + "\r\n";
}

using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Jingyuan.Cms.Data;

namespace Jingyuan.Cms.Audit;

/// <summary>The audit trail as CSV (UTF-8 with BOM, for Excel) or .xlsx, times in China time.</summary>
public static class AuditExport
{
    private static readonly string[] Headers = ["序号", "编号", "时间（北京时间）", "事件", "用户", "来源地址", "部门编号", "内容编号", "内容类型", "摘要", "变更", "哈希"];

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
            // Written as text, never as a formula; neutralised as well for programs that re-read it as CSV.
            for (var c = 0; c < cells.Length; c++) sheet.Cell(r, c + 1).SetValue(cells[c]);
        }
        sheet.Row(1).Style.Font.Bold = true;
        book.SaveAs(output);
        return r - 1;
    }

    /// <summary>A leading = + - @ (or tab/CR) would be run as a formula by a spreadsheet: quote it as text.</summary>
    public static string Neutralise(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string[] Cells(AuditEventRecord r, Func<string, string> eventName) =>
        new[]
        {
            r.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "", r.Id.ToString(CultureInfo.InvariantCulture),
            r.OccurredUtc.AddHours(8).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            eventName(r.EventName), r.UserName, r.RemoteAddress ?? "", r.DepartmentId?.ToString(CultureInfo.InvariantCulture) ?? "",
            r.ContentItemId ?? "", r.ContentType ?? "", r.Summary, r.Diff ?? "", r.Hash ?? "",
        }.Select(Neutralise).ToArray();

    private static string CsvLine(IEnumerable<string> cells) =>
        string.Join(',', cells.Select(v => v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v)) + "\r\n";
}

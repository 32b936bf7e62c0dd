using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jingyuan.Cms.Spreadsheets;

/// <summary>What a streaming look at a workbook found, before anything was loaded whole.</summary>
/// <param name="DataRows">Rows with a value below the header in the first sheet.</param>
/// <param name="RowsRead">Rows the reader went through in the first sheet before it stopped.</param>
public sealed record SpreadsheetShape(int DataRows, int RowsRead, SpreadsheetError? Error);

/// <summary>
/// Refuses a workbook that is not an .xlsx, unpacks too large, or has too many rows — by reading
/// the zip directory and each sheet's XML as a stream (Open XML SDK's SAX reader), stopping at the
/// first row past the limit. Only a workbook that passes is loaded whole by ClosedXML.
/// </summary>
public static class SpreadsheetInspector
{
    /// <summary>Unpacked size of all parts together; a 5,000-row ledger is a few megabytes.</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    public const string UnreadableMessage = "无法读取文件：请上传 .xlsx 格式的 Excel 工作簿（可先下载模板）。";

    public static string TooManyRowsMessage(int maxRows) => $"一次最多导入 {maxRows} 行，请分批导入。";

    public static SpreadsheetShape Inspect(byte[] file, int maxDataRows)
    {
        try
        {
            if (UnpackedSize(file) is not { } size) return Refused(UnreadableMessage);
            if (size > MaxUnpackedBytes) return Refused("文件解压后过大，请删除多余的工作表或内容后重新上传。");
            using var document = SpreadsheetDocument.Open(new MemoryStream(file, writable: false), isEditable: false);
            var workbook = document.WorkbookPart;
            var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
            if (workbook is null || sheets.Count == 0) return Refused(UnreadableMessage);

            var dataRows = 0;
            var rowsRead = 0;
            for (var i = 0; i < sheets.Count; i++)
            {
                if (sheets[i].Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
                // The first sheet holds the data; the others (the template's choice lists) are bounded the same way.
                var rows = CountRows(part, stopAfter: maxDataRows + 1);
                if (i == 0) (dataRows, rowsRead) = (Math.Max(0, rows - 1), rows);
                if (rows > maxDataRows + 1) return new SpreadsheetShape(dataRows, rowsRead, Error(TooManyRowsMessage(maxDataRows)));
            }
            return new SpreadsheetShape(dataRows, rowsRead, null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException
                                       or XmlException or InvalidOperationException or ArgumentException or NotSupportedException
                                       or KeyNotFoundException or InvalidCastException)
        {
            return Refused(UnreadableMessage);
        }
    }

    /// <summary>Null when the bytes are not a zip with entries (an empty zip, a renamed .xls or .csv).</summary>
    private static long? UnpackedSize(byte[] file)
    {
        if (file.Length < 4 || file[0] != 'P' || file[1] != 'K') return null;
        using var zip = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count == 0) return null;
        return zip.Entries.Sum(e => e.Length);
    }

    /// <summary>Rows holding at least one value or formula; stops reading once past <paramref name="stopAfter"/>.</summary>
    private static int CountRows(WorksheetPart part, int stopAfter)
    {
        var rows = 0;
        var inRow = false;
        var hasValue = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row))
            {
                if (inRow && hasValue) rows++;
                inRow = reader.IsStartElement;
                hasValue = false;
                if (rows > stopAfter) return rows;
            }
            else if (inRow && reader.IsStartElement
                     && (reader.ElementType == typeof(CellValue) || reader.ElementType == typeof(InlineString) || reader.ElementType == typeof(CellFormula)))
            {
                hasValue = true;
            }
        }
        if (inRow && hasValue) rows++;
        return rows;
    }

    private static SpreadsheetError Error(string message) => new(0, "", "", message);

    private static SpreadsheetShape Refused(string message) => new(0, 0, Error(message));
}

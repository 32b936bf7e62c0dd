using System.Globalization;
using ClosedXML.Excel;

namespace Jingyuan.Cms.Spreadsheets;

/// <summary>
/// Everything this site writes for Excel goes through here, so no exported text can run as a
/// formula (CSV/formula injection): text starting with = + - @ (or a tab or carriage return) is
/// marked as text — an apostrophe in CSV, Excel's quote prefix in .xlsx (the value itself stays
/// unchanged, so an exported sheet imports back as it was) — and sheet names are made valid.
/// </summary>
public static class SpreadsheetSafety
{
    /// <summary>True for text Excel would read as a formula; plain numbers such as "-3.5" are left alone.</summary>
    public static bool LooksLikeFormula(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n'
        && !decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    /// <summary>A CSV field: neutralised, then quoted when it holds a separator, quote or line break.</summary>
    public static string CsvField(string? value)
    {
        var text = value ?? "";
        if (LooksLikeFormula(text)) text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    /// <summary>Marks every text cell that looks like a formula as text, then saves the workbook.</summary>
    public static byte[] Save(XLWorkbook book)
    {
        foreach (var sheet in book.Worksheets)
        {
            foreach (var cell in sheet.CellsUsed(XLCellsUsedOptions.Contents))
            {
                if (cell.HasFormula || cell.DataType != XLDataType.Text) continue;
                if (LooksLikeFormula(cell.GetString())) cell.Style.IncludeQuotePrefix = true;
            }
        }
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static readonly char[] Forbidden = [':', '\\', '/', '?', '*', '[', ']'];

    /// <summary>
    /// A valid sheet name for the workbook: Excel forbids : \ / ? * [ ], a leading or trailing
    /// apostrophe and more than 31 characters, and names must differ ignoring case.
    /// </summary>
    public static string SheetName(XLWorkbook book, string name)
    {
        var clean = new string(name.Select(c => c is '/' or '\\' ? '、' : Array.IndexOf(Forbidden, c) >= 0 || char.IsControl(c) ? '_' : c).ToArray())
            .Trim().Trim('\'');
        if (clean.Length == 0) clean = "Sheet";
        if (clean.Length > 31) clean = clean[..31];
        var candidate = clean;
        for (var n = 2; book.Worksheets.Any(w => string.Equals(w.Name, candidate, StringComparison.OrdinalIgnoreCase)); n++)
        {
            var suffix = $"({n})";
            candidate = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }
        return candidate;
    }

    /// <summary>A download file name without path separators or characters Windows refuses.</summary>
    public static string FileName(string name) =>
        new(name.Select(c => c is '/' or '\\' ? '、' : Path.GetInvalidFileNameChars().Contains(c) || "<>:\"|?*".Contains(c) ? '_' : c).ToArray());
}

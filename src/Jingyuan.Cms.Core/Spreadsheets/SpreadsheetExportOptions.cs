namespace Jingyuan.Cms.Spreadsheets;

/// <summary>How personal columns appear in an export.</summary>
public enum PersonalColumns
{
    /// <summary>Left out (public exports).</summary>
    Omit,
    /// <summary>Shown masked, as on the admin pages (staff without the export right).</summary>
    Masked,
    /// <summary>In clear (staff with the export right; audited, and the file names the exporter).</summary>
    Clear,
}

/// <summary>What an export contains and whom it is marked with.</summary>
public sealed record SpreadsheetExportOptions(PersonalColumns Personal, string ExportedBy, DateTime ExportedUtc);

/// <summary>The workbook and how many records it holds (for the audit entry).</summary>
public sealed record SpreadsheetExport(byte[] Content, int Rows);

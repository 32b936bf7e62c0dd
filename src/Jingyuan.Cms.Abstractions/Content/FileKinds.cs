namespace Jingyuan.Cms.Content;

/// <summary>
/// What a Files field accepts, judged by the file's bytes (never by its name or the browser's claim).
/// SVG, HTML, scripts and XML are never among them: they can run script when opened.
/// </summary>
[Flags]
public enum FileKinds
{
    None = 0,
    /// <summary>JPEG, PNG, GIF and WebP photos.</summary>
    Images = 1,
    Pdf = 2,
    /// <summary>Word and Excel files (.docx .xlsx, and the older .doc .xls).</summary>
    Documents = 4,
    All = Images | Pdf | Documents,
}

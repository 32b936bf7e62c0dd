using System.IO.Compression;
using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Media;

/// <summary>A file type recognised from the file's bytes.</summary>
public sealed record DetectedType(string MediaType, FileKinds Kind, string Description)
{
    /// <summary>Raster images and PDF open in the browser; everything else is downloaded.</summary>
    public bool OpensInline => Kind is FileKinds.Images or FileKinds.Pdf;
}

/// <summary>
/// Recognises the file types uploads may have by their signatures. Anything else, SVG, HTML, XML and
/// scripts included, is not recognised and so never accepted.
/// </summary>
public static class MediaSignatures
{
    public static readonly DetectedType Jpeg = new("image/jpeg", FileKinds.Images, "JPEG 图片");
    public static readonly DetectedType Png = new("image/png", FileKinds.Images, "PNG 图片");
    public static readonly DetectedType Gif = new("image/gif", FileKinds.Images, "GIF 图片");
    public static readonly DetectedType WebP = new("image/webp", FileKinds.Images, "WebP 图片");
    public static readonly DetectedType Pdf = new("application/pdf", FileKinds.Pdf, "PDF 文件");
    public static readonly DetectedType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileKinds.Documents, "Word 文档");
    public static readonly DetectedType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileKinds.Documents, "Excel 表格");
    public static readonly DetectedType Doc = new("application/msword", FileKinds.Documents, "Word 文档");
    public static readonly DetectedType Xls = new("application/vnd.ms-excel", FileKinds.Documents, "Excel 表格");

    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The type by magic number only (enough for serving: the first bytes of a stored file).</summary>
    public static DetectedType? ByMagic(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return Jpeg;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return Gif;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return WebP;
        if (head.StartsWith("%PDF-"u8)) return Pdf;
        return null;
    }

    /// <summary>The type of a whole file; Office files are told apart by the parts their container holds.</summary>
    public static DetectedType? Detect(byte[] bytes, string fileName)
    {
        if (ByMagic(bytes) is { } type) return type;
        if (bytes.AsSpan().StartsWith(ZipMagic)) return OfficeOpenXml(bytes);
        if (bytes.AsSpan().StartsWith(OleMagic))
        {
            // An old binary Office file: Word or Excel cannot be told apart without parsing it; it is only ever downloaded.
            return Path.GetExtension(fileName).Equals(".xls", StringComparison.OrdinalIgnoreCase) ? Xls : Doc;
        }
        return null;
    }

    /// <summary>What a refused file most likely is, for the message: active markup is named as such.</summary>
    public static bool LooksLikeMarkup(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        head = head.TrimStart(" \t\r\n"u8);
        return head.StartsWith("<"u8) || ActiveContent.Contains(head);
    }

    private static DetectedType? OfficeOpenXml(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml")) return null;
            if (names.Contains("word/document.xml")) return Docx;
            if (names.Contains("xl/workbook.xml")) return Xlsx;
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}

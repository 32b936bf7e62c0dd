using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Jingyuan.Cms.Tests.Portal;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>The upload corpus: real pictures and documents, and the files an attacker would try instead.</summary>
internal static class UploadSamples
{
    /// <summary>A 16×16 baseline JPEG made by libjpeg (cjpeg), no metadata.</summary>
    public static byte[] Jpeg() => Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAQABADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDy371H3qPvUfers/hf3OT5+zv/AOl8/wD5Kev/AB/+nntP+3fbcv8A6b9n8uex/9k=");

    public const double Latitude = 35 + 29 / 60.0;   // 泾源县, about 35.48 N
    public const double Longitude = 106 + 20 / 60.0; // about 106.33 E

    /// <summary>The JPEG with an EXIF segment, as a phone writes it: orientation 6 (rotate 90°) and a GPS position.</summary>
    public static byte[] JpegWithGps()
    {
        var tiff = new byte[140];
        var t = tiff.AsSpan();
        "MM"u8.CopyTo(t);
        BinaryPrimitives.WriteUInt16BigEndian(t[2..], 42);
        BinaryPrimitives.WriteUInt32BigEndian(t[4..], 8);
        // IFD0 at 8: orientation, pointer to the GPS IFD at 38.
        BinaryPrimitives.WriteUInt16BigEndian(t[8..], 2);
        Entry(t, 10, 0x0112, 3, 1, 6 << 16);
        Entry(t, 22, 0x8825, 4, 1, 38);
        // GPS IFD at 38: N, latitude at 92, E, longitude at 116.
        BinaryPrimitives.WriteUInt16BigEndian(t[38..], 4);
        Entry(t, 40, 0x0001, 2, 2, 'N' << 24);
        Entry(t, 52, 0x0002, 5, 3, 92);
        Entry(t, 64, 0x0003, 2, 2, 'E' << 24);
        Entry(t, 76, 0x0004, 5, 3, 116);
        Rationals(t, 92, 35, 29, 0);
        Rationals(t, 116, 106, 20, 0);
        byte[] exif = [.. "Exif\0\0"u8, .. tiff];
        var jpeg = Jpeg();
        var segment = new byte[4 + exif.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(exif.Length + 2));
        exif.CopyTo(segment, 4);
        return [.. jpeg[..20], .. segment, .. jpeg[20..]]; // after SOI and the 18-byte JFIF segment
    }

    private static void Entry(Span<byte> t, int at, ushort tag, ushort type, uint count, int value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(t[at..], tag);
        BinaryPrimitives.WriteUInt16BigEndian(t[(at + 2)..], type);
        BinaryPrimitives.WriteUInt32BigEndian(t[(at + 4)..], count);
        BinaryPrimitives.WriteInt32BigEndian(t[(at + 8)..], value);
    }

    private static void Rationals(Span<byte> t, int at, params uint[] values)
    {
        foreach (var value in values)
        {
            BinaryPrimitives.WriteUInt32BigEndian(t[at..], value);
            BinaryPrimitives.WriteUInt32BigEndian(t[(at + 4)..], 1);
            at += 8;
        }
    }

    /// <summary>A PNG with a text chunk (where cameras and editors put place names and comments).</summary>
    public static byte[] PngWithText()
    {
        var png = TestImages.Png(16, 16);
        using var text = new MemoryStream();
        TestImages.WriteChunk(text, "tEXt", Encoding.Latin1.GetBytes("Comment\0GPS 35.48N 106.33E"));
        return [.. png[..^12], .. text.ToArray(), .. png[^12..]];
    }

    /// <summary>A 1×1 GIF.</summary>
    public static byte[] Gif() =>
    [
        .. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00,
        0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
    ];

    /// <summary>
    /// The classic GIF/JavaScript polyglot: the screen width bytes open a JS comment ("GIF89a/*"), the
    /// script follows the picture; loaded with &lt;script src&gt; it runs.
    /// </summary>
    public static byte[] GifJavaScriptPolyglot()
    {
        var gif = Gif();
        gif[6] = (byte)'/';
        gif[7] = (byte)'*';
        return [.. gif, .. "*/=1;parent.__pwned='gif';alert(document.domain);//"u8];
    }

    /// <summary>A JPEG with a page appended: a browser that sniffs renders it as HTML.</summary>
    public static byte[] JpegWithHtml() => [.. Jpeg(), .. "<html><body><script>parent.__pwned='jpeg';alert(1)</script></body></html>"u8];

    public const string SvgText =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"parent.__pwned='svg-onload'\"><script>parent.__pwned='svg';alert(document.domain)</script></svg>";

    public static byte[] Svg() => Encoding.UTF8.GetBytes(SvgText);

    public static byte[] Html() => "<!DOCTYPE html><html><body><script>parent.__pwned='html';alert(document.cookie)</script></body></html>"u8.ToArray();

    public static byte[] Xml() => "<?xml version=\"1.0\"?><x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">parent.__pwned='xml'</x:script>"u8.ToArray();

    public static byte[] JavaScript() => "parent.__pwned='js';alert(document.domain);"u8.ToArray();

    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
        + "trailer <</Root 1 0 R>>\n%%EOF\n");

    public static byte[] Docx()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Write(zip, "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        }
        return output.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(text));
    }
}

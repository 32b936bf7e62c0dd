using System.Buffers.Binary;
using PdfSharp.Fonts;

namespace Jingyuan.Cms.Archive;

/// <summary>
/// Gives PDFsharp a Chinese font: Debian's fonts-wqy-microhei (or, when that is missing, the first
/// other installed CJK font found). The .ttc collection's first face is cut out as a plain TrueType
/// file, which PDFsharp embeds (subset) in every archive PDF, so the PDFs read the same anywhere.
/// </summary>
public sealed class CjkFontResolver : IFontResolver
{
    public const string FaceName = "ArchiveCjk";

    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    ];

    private static readonly Lazy<byte[]> Font = new(Load);
    private static readonly Lock Gate = new();

    /// <summary>Installs the resolver once per process (PDFsharp's setting is global).</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is CjkFontResolver) return;
            GlobalFontSettings.FontResolver = new CjkFontResolver();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(FaceName, mustSimulateBold: bold, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => Font.Value;

    private static byte[] Load()
    {
        var path = Candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "No Chinese font found for archive PDFs: install fonts-wqy-microhei (apt-get install fonts-wqy-microhei).");
        var bytes = File.ReadAllBytes(path);
        return IsCollection(bytes) ? FirstFace(bytes) : bytes;
    }

    private static bool IsCollection(byte[] b) => b.Length > 12 && b[0] == 't' && b[1] == 't' && b[2] == 'c' && b[3] == 'f';

    /// <summary>The collection's first face as a stand-alone font: its table directory with the tables copied after it.</summary>
    internal static byte[] FirstFace(byte[] ttc)
    {
        var face = (int)BinaryPrimitives.ReadUInt32BigEndian(ttc.AsSpan(12));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(ttc.AsSpan(face + 4));
        var headerLength = 12 + 16 * tables;
        var records = Enumerable.Range(0, tables).Select(i =>
        {
            var at = face + 12 + 16 * i;
            return (At: at, Offset: (int)BinaryPrimitives.ReadUInt32BigEndian(ttc.AsSpan(at + 8)),
                Length: (int)BinaryPrimitives.ReadUInt32BigEndian(ttc.AsSpan(at + 12)));
        }).ToList();
        var total = headerLength + records.Sum(r => (r.Length + 3) & ~3);
        var font = new byte[total];
        ttc.AsSpan(face, headerLength).CopyTo(font);
        var position = headerLength;
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            ttc.AsSpan(r.Offset, r.Length).CopyTo(font.AsSpan(position));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + 16 * i + 8), (uint)position);
            position += (r.Length + 3) & ~3;
        }
        return font;
    }
}

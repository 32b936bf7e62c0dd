using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Media;

/// <summary>How a stored file goes out: the type and whether it may open in the browser.</summary>
public sealed record MediaDelivery(string ContentType, bool Inline);

/// <summary>
/// Judges a stored file again when it is served, from its first bytes, so files stored before uploads
/// were checked (with whatever type the browser claimed) are safe too: only a file whose bytes are a
/// raster image or a PDF opens inline, as that type; anything else is a download, and never as a type
/// a browser would render (SVG, HTML, XML, script).
/// </summary>
public static class MediaServing
{
    public const int HeadLength = 16;

    private static readonly HashSet<string> DownloadTypes =
    [
        MediaSignatures.Docx.MediaType, MediaSignatures.Xlsx.MediaType, MediaSignatures.Doc.MediaType, MediaSignatures.Xls.MediaType,
    ];

    public static MediaDelivery Decide(StoredFile stored, ReadOnlySpan<byte> head)
    {
        if (MediaSignatures.ByMagic(head) is { OpensInline: true } type) return new MediaDelivery(type.MediaType, Inline: true);
        var claimed = stored.ContentType.ToLowerInvariant();
        return new MediaDelivery(DownloadTypes.Contains(claimed) ? claimed : "application/octet-stream", Inline: false);
    }

    public static async Task<byte[]> ReadHeadAsync(Stream content, CancellationToken ct)
    {
        var head = new byte[HeadLength];
        var filled = 0;
        int read;
        while (filled < head.Length && (read = await content.ReadAsync(head.AsMemory(filled), ct)) > 0) filled += read;
        content.Position = 0;
        return head[..filled];
    }
}

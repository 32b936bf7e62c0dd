using System.Buffers.Binary;

namespace Jingyuan.Cms.Media;

/// <summary>A picture rewritten without its metadata; <see cref="Trailing"/> is what followed its end marker.</summary>
public sealed record StrippedImage(byte[] Bytes, int Trailing);

/// <summary>
/// Rewrites a picture segment by segment, keeping the pixels untouched and dropping metadata: EXIF (GPS
/// position, camera, time), XMP, IPTC, comments and text chunks. Colour profiles and the EXIF orientation
/// (so phone photos stay upright) are kept. Null when the file is not a well-formed picture.
/// </summary>
public static class ImageMetadataStripper
{
    public static StrippedImage? Strip(byte[] bytes, DetectedType type)
    {
        try
        {
            if (type == MediaSignatures.Jpeg) return Jpeg(bytes);
            if (type == MediaSignatures.Png) return Png(bytes);
            if (type == MediaSignatures.Gif) return Gif(bytes);
            if (type == MediaSignatures.WebP) return WebP(bytes);
            return null;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return null; // a length pointing past the end: truncated or forged
        }
    }

    private static StrippedImage? Jpeg(byte[] b)
    {
        using var output = new MemoryStream(b.Length);
        output.Write(b, 0, 2); // SOI
        ushort? orientation = null;
        var wroteOrientation = false;
        var pos = 2;
        while (pos + 1 < b.Length)
        {
            if (b[pos] != 0xFF) return null;
            var marker = b[pos + 1];
            if (marker == 0xFF) { pos++; continue; } // fill byte
            if (marker == 0xD9)
            {
                output.Write(b, pos, 2);
                return new StrippedImage(output.ToArray(), b.Length - pos - 2);
            }
            if (marker is >= 0xD0 and <= 0xD7 or 0x01) { output.Write(b, pos, 2); pos += 2; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(pos + 2, 2));
            if (length < 2 || pos + 2 + length > b.Length) return null;
            var payload = b.AsSpan(pos + 4, length - 2);
            var isApp = marker is >= 0xE0 and <= 0xEF;
            if (marker == 0xE1 && payload.StartsWith("Exif\0\0"u8)) orientation ??= ExifOrientation(payload[6..]);
            var keep = !isApp && marker != 0xFE
                       || marker == 0xE0
                       || marker == 0xE2 && payload.StartsWith("ICC_PROFILE\0"u8)
                       || marker == 0xEE && payload.StartsWith("Adobe"u8);
            // The orientation goes back right after JFIF/first kept header segment, before any frame data.
            if (!wroteOrientation && !isApp && orientation is { } o and not 1)
            {
                output.Write(MinimalExif(o));
                wroteOrientation = true;
            }
            if (keep) output.Write(b, pos, 2 + length);
            pos += 2 + length;
            if (marker == 0xDA)
            {
                // Entropy-coded data runs to the next marker that is not a stuffed zero or a restart.
                var end = pos;
                while (end + 1 < b.Length && !(b[end] == 0xFF && b[end + 1] != 0x00 && b[end + 1] is not (>= 0xD0 and <= 0xD7))) end++;
                output.Write(b, pos, end - pos);
                pos = end;
            }
        }
        return null; // no end-of-image marker
    }

    private static ushort? ExifOrientation(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8) return null;
        var little = tiff.StartsWith("II"u8);
        if (!little && !tiff.StartsWith("MM"u8)) return null;
        static ushort U16(ReadOnlySpan<byte> t, int at, bool little) =>
            little ? BinaryPrimitives.ReadUInt16LittleEndian(t.Slice(at, 2)) : BinaryPrimitives.ReadUInt16BigEndian(t.Slice(at, 2));
        var ifdOffset = little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff.Slice(4, 4)) : BinaryPrimitives.ReadUInt32BigEndian(tiff.Slice(4, 4));
        if (ifdOffset > int.MaxValue) return null;
        var ifd = (int)ifdOffset;
        if (ifd < 8 || ifd + 2 > tiff.Length) return null;
        var count = U16(tiff, ifd, little);
        for (var i = 0; i < count; i++)
        {
            var entry = ifd + 2 + i * 12;
            if (entry + 12 > tiff.Length) return null;
            if (U16(tiff, entry, little) == 0x0112 && U16(tiff, entry + 2, little) == 3)
            {
                var value = U16(tiff, entry + 8, little);
                return value is >= 1 and <= 8 ? value : null;
            }
        }
        return null;
    }

    /// <summary>An EXIF segment holding nothing but the orientation.</summary>
    private static byte[] MinimalExif(ushort orientation)
    {
        byte[] segment =
        [
            0xFF, 0xE1, 0x00, 0x22, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0,
            (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
            0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, (byte)orientation, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00,
        ];
        return segment;
    }

    private static readonly HashSet<string> PngKept =
    [
        "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP", "mDCv", "cLLi",
        "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT",
    ];

    private static StrippedImage? Png(byte[] b)
    {
        using var output = new MemoryStream(b.Length);
        output.Write(b, 0, 8);
        var pos = 8;
        var first = true;
        while (pos + 12 <= b.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(pos, 4));
            if (length > int.MaxValue || pos + 12 + (long)length > b.Length) return null;
            var type = System.Text.Encoding.ASCII.GetString(b, pos + 4, 4);
            if (first && type != "IHDR") return null;
            first = false;
            var size = 12 + (int)length;
            if (PngKept.Contains(type)) output.Write(b, pos, size);
            pos += size;
            if (type == "IEND") return new StrippedImage(output.ToArray(), b.Length - pos);
        }
        return null;
    }

    private static StrippedImage? Gif(byte[] b)
    {
        using var output = new MemoryStream(b.Length);
        var pos = 13;
        if (b.Length < pos) return null;
        if ((b[10] & 0x80) != 0) pos += 3 << ((b[10] & 0x07) + 1);
        if (pos > b.Length) return null;
        output.Write(b, 0, pos);
        while (pos < b.Length)
        {
            var start = pos;
            switch (b[pos])
            {
                case 0x3B:
                    output.WriteByte(0x3B);
                    return new StrippedImage(output.ToArray(), b.Length - pos - 1);
                case 0x21:
                    var label = b[pos + 1];
                    pos = SkipSubBlocks(b, pos + 2);
                    var application = label == 0xFF && b[start + 2] == 11
                        ? System.Text.Encoding.ASCII.GetString(b, start + 3, 11) : null;
                    // Comments and application data (XMP) go; animation control stays.
                    var keep = label is 0xF9 or 0x01 || application is "NETSCAPE2.0" or "ANIMEXTS1.0";
                    if (keep) output.Write(b, start, pos - start);
                    break;
                case 0x2C:
                    if (pos + 10 > b.Length) return null;
                    var packed = b[pos + 9];
                    pos += 10;
                    if ((packed & 0x80) != 0) pos += 3 << ((packed & 0x07) + 1);
                    pos = SkipSubBlocks(b, pos + 1); // after the LZW minimum code size
                    output.Write(b, start, pos - start);
                    break;
                default:
                    return null;
            }
            if (pos > b.Length) return null;
        }
        return null; // no trailer
    }

    private static int SkipSubBlocks(byte[] b, int pos)
    {
        while (true)
        {
            var size = b[pos];
            pos += 1 + size;
            if (size == 0) return pos;
            if (pos >= b.Length) throw new ArgumentOutOfRangeException(nameof(b));
        }
    }

    private static StrippedImage? WebP(byte[] b)
    {
        var declared = (long)BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(4, 4)) + 8;
        if (declared > b.Length || declared < 12) return null;
        using var output = new MemoryStream(b.Length);
        output.Write(b, 0, 12);
        var pos = 12;
        while (pos + 8 <= declared)
        {
            var fourCc = System.Text.Encoding.ASCII.GetString(b, pos, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(pos + 4, 4));
            var total = 8 + (long)size + (size & 1);
            if (pos + total > declared) return null;
            if (fourCc is not ("EXIF" or "XMP "))
            {
                var at = (int)output.Position;
                output.Write(b, pos, (int)total);
                if (fourCc == "VP8X") output.GetBuffer()[at + 8] &= unchecked((byte)~0x0C); // no EXIF, no XMP any more
            }
            pos += (int)total;
        }
        if (pos != declared) return null;
        var bytes = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4, 4), (uint)(bytes.Length - 8));
        return new StrippedImage(bytes, b.Length - (int)declared);
    }
}

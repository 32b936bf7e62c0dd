using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Jingyuan.Cms.Content;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Portal;

/// <summary>Small, valid PNG files made in memory (no image library needed): a striped RGB picture.</summary>
public static class TestImages
{
    /// <summary>Stores a small PNG through the site's media store, as an upload would.</summary>
    public static async Task<StoredFile> UploadAsync(WebApplicationFactory<Program> site, string fileName = "photo.png",
        int width = 16, int height = 16)
    {
        using var scope = site.Services.CreateScope();
        using var stream = new MemoryStream(Png(width, height));
        return await scope.ServiceProvider.GetRequiredService<IMediaStore>().SaveAsync(stream, fileName, new FieldSettings());
    }

    public static byte[] Png(int width, int height)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        WriteChunk(output, "IHDR", header);

        var raw = new byte[height * (1 + width * 3)];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + width * 3);
            raw[row] = 0; // filter: none
            for (var x = 0; x < width; x++)
            {
                var p = row + 1 + x * 3;
                var stripe = (x / 4 + y / 4) % 2 == 0;
                raw[p] = stripe ? (byte)0xA8 : (byte)0x17;
                raw[p + 1] = stripe ? (byte)0x19 : (byte)0x47;
                raw[p + 2] = stripe ? (byte)0x1E : (byte)0x8C;
            }
        }
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(raw);
            WriteChunk(output, "IDAT", compressed.ToArray());
        }
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    public static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        var crc = Crc32([.. typeBytes, .. data]);
        Span<byte> crcBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        output.Write(crcBytes);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}

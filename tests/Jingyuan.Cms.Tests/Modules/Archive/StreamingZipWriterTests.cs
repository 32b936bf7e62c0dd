using System.IO.Compression;
using System.Text;
using Jingyuan.Cms.Archive;

namespace Jingyuan.Cms.Tests.Modules.Archive;

/// <summary>The package's own ZIP writer: what it writes any reader opens, byte for byte, CRC checked.</summary>
public sealed class StreamingZipWriterTests
{
    [Fact]
    public void Entries_stored_and_deflated_read_back_exactly_with_their_names_and_times()
    {
        var folder = Directory.CreateTempSubdirectory("jingyuan-zip").FullName;
        try
        {
            var path = Path.Combine(folder, "package.zip");
            var random = new Random(7);
            var photo = new byte[300_000];
            random.NextBytes(photo);
            var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("香水镇肉牛养殖园区扩建，新增基础母牛120头。", 2000)));
            var when = new DateTime(2026, 12, 3, 20, 44, 40);
            using (var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite))
            using (var zip = new StreamingZipWriter(file, Path.Combine(folder, "dir.spool"), when))
            {
                using (var s = zip.OpenEntry("records/2023-产业发展-D30-0001.pdf", compress: true)) s.Write(text);
                using (var s = zip.OpenEntry("files/2023-产业发展-D30-0001/01-建设前.png", compress: false)) s.Write(photo);
                using (zip.OpenEntry("empty.txt", compress: true)) { }
                Assert.Throws<InvalidOperationException>(() =>
                {
                    using var first = zip.OpenEntry("a", compress: true);
                    using var second = zip.OpenEntry("b", compress: true);
                });
                zip.Finish();
            }

            using var read = ZipFile.OpenRead(path);
            Assert.Equal(["records/2023-产业发展-D30-0001.pdf", "files/2023-产业发展-D30-0001/01-建设前.png", "empty.txt", "a"],
                read.Entries.Select(e => e.FullName));
            Assert.Equal(text, Bytes(read.GetEntry("records/2023-产业发展-D30-0001.pdf")!));
            Assert.True(read.Entries[0].CompressedLength < text.Length);
            Assert.Equal(photo, Bytes(read.Entries[1]));
            Assert.Equal(photo.Length, read.Entries[1].CompressedLength);
            Assert.Empty(Bytes(read.Entries[2]));
            Assert.Equal(when, read.Entries[0].LastWriteTime.DateTime);
            // The CRCs the directory states are the contents' (readers check deflated entries against them).
            Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(text), read.Entries[0].Crc32);
            Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(photo), read.Entries[1].Crc32);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Jingyuan.Cms.Archive;

/// <summary>
/// Writes a package's entries one after another straight into the ZIP file, hashing each as it is
/// written; the manifest lines go to a spool file and become the last entry. Nothing per entry stays in
/// memory (<see cref="StreamingZipWriter"/> spools the central directory too).
/// </summary>
internal sealed class ArchiveZipWriter : IDisposable
{
    private readonly StreamingZipWriter zip;
    private readonly StreamWriter manifest;
    private readonly string manifestSpool;

    public ArchiveZipWriter(Stream output, string spoolFolder, DateTime createdUtc)
    {
        zip = new StreamingZipWriter(output, Path.Combine(spoolFolder, "directory.spool"), Time.ChinaTime.FromUtc(createdUtc));
        manifestSpool = Path.Combine(spoolFolder, "manifest.spool");
        manifest = new StreamWriter(manifestSpool, false, new UTF8Encoding(false));
    }

    public async Task AddAsync(string path, Func<Stream, Task> write, bool compress = true)
    {
        await using var stream = zip.OpenEntry(path, compress);
        await using var hashing = new HashingStream(stream);
        await write(hashing);
        await manifest.WriteAsync(ArchiveManifest.Line(hashing.Sha256(), hashing.Length, path));
    }

    public Task AddAsync(string path, byte[] content, bool compress = true) =>
        AddAsync(path, s => s.WriteAsync(content).AsTask(), compress);

    public Task AddFileAsync(string path, string file) => AddAsync(path, async s =>
    {
        await using var source = File.OpenRead(file);
        await source.CopyToAsync(s);
    });

    /// <summary>Writes the manifest (header, spooled lines, its own hash) as the last entry.</summary>
    public async Task FinishAsync(string header)
    {
        await manifest.FlushAsync();
        manifest.Close();
        await using (var stream = zip.OpenEntry(ArchiveManifest.FileName, compress: true))
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            // The self hash covers every line: read the spool once more, line by line.
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await writer.WriteAsync(header);
            sha.AppendData(Encoding.UTF8.GetBytes(header));
            using var reader = new StreamReader(manifestSpool, Encoding.UTF8);
            while (await reader.ReadLineAsync() is { } line)
            {
                var withBreak = line + "\n";
                await writer.WriteAsync(withBreak);
                sha.AppendData(Encoding.UTF8.GetBytes(withBreak));
            }
            await writer.WriteAsync(ArchiveManifest.SelfHashPrefix + Convert.ToHexStringLower(sha.GetHashAndReset()) + "\n");
        }
        zip.Finish();
    }

    public void Dispose()
    {
        manifest.Dispose();
        zip.Dispose();
    }

    /// <summary>Passes writes through, counting and hashing them.</summary>
    private sealed class HashingStream(Stream inner) : ObservedWriteStream
    {
        private readonly IncrementalHash sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        protected override Stream Target => inner;
        protected override void Observe(ReadOnlySpan<byte> data) => sha.AppendData(data);
        public string Sha256() => Convert.ToHexStringLower(sha.GetHashAndReset());
        protected override void Dispose(bool disposing)
        {
            if (disposing) sha.Dispose();
            base.Dispose(disposing);
        }
    }
}

using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Jingyuan.Cms.Data;

namespace Jingyuan.Cms.Audit;

/// <summary>An archive file: gzip-compressed JSON lines, one audit row each, with its sequence and hash.</summary>
public static class AuditArchiveFile
{
    public const string FolderName = "audit-archive";

    public static async Task WriteAsync(string path, IAsyncEnumerable<AuditEventRecord> rows, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        await using (var gzip = new GZipStream(file, CompressionLevel.Optimal, leaveOpen: true))
        await using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
        {
            await foreach (var row in rows.WithCancellation(ct))
                await writer.WriteLineAsync(JsonSerializer.Serialize(row));
        }
        // On disk before the rows leave the table.
        file.Flush(flushToDisk: true);
    }

    public static async IAsyncEnumerable<AuditEventRecord> ReadAsync(string path)
    {
        await using var file = File.OpenRead(path);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.Length > 0) yield return JsonSerializer.Deserialize<AuditEventRecord>(line)!;
        }
    }

    public static async Task<string> Sha256Async(string path)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(file));
    }
}

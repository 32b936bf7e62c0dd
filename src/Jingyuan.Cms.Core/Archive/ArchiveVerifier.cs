using System.IO.Compression;
using System.Security.Cryptography;

namespace Jingyuan.Cms.Archive;

/// <summary>
/// Checks a package against its manifest: every listed file present with its size and SHA-256, and no
/// file that the manifest does not list. Each problem names the file.
/// </summary>
public static class ArchiveVerifier
{
    public static async Task<IReadOnlyList<string>> VerifyAsync(string zipPath, CancellationToken ct = default)
    {
        await using var file = File.OpenRead(zipPath);
        return await VerifyAsync(file, ct);
    }

    public static async Task<IReadOnlyList<string>> VerifyAsync(Stream zip, CancellationToken ct = default)
    {
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        var manifestEntry = archive.GetEntry(ArchiveManifest.FileName);
        if (manifestEntry is null) return [$"缺少清单文件 {ArchiveManifest.FileName}"];
        string text;
        using (var reader = new StreamReader(manifestEntry.Open())) text = await reader.ReadToEndAsync(ct);
        if (!ArchiveManifest.TryParse(text, out var listed, out var problem)) return [problem!];

        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            if (entry.FullName == ArchiveManifest.FileName || entry.FullName.EndsWith('/')) continue;
            if (!seen.Add(entry.FullName)) { problems.Add($"{entry.FullName}：文件重复"); continue; }
            if (!listed.TryGetValue(entry.FullName, out var expected)) { problems.Add($"{entry.FullName}：清单中没有该文件"); continue; }
            await using var content = entry.Open();
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            long length = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                length += read;
            }
            var hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            if (length != expected.Length) problems.Add($"{entry.FullName}：大小不符（清单 {expected.Length} 字节，实际 {length} 字节）");
            else if (hash != expected.Sha256) problems.Add($"{entry.FullName}：SHA-256 校验值不符");
        }
        problems.AddRange(listed.Keys.Where(p => !seen.Contains(p)).Select(p => $"{p}：清单列出的文件缺失"));
        return problems;
    }
}

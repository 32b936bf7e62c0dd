using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Jingyuan.Cms.Archive;

/// <summary>
/// <c>manifest-sha256.txt</c>: comment lines (#) with the package's scope and creation time, then one
/// line per file, <c>sha256  bytes  path</c> (like <c>sha256sum</c> with the size added), and last a
/// comment line with the SHA-256 of everything before it, so a changed manifest byte is noticed too.
/// </summary>
public static class ArchiveManifest
{
    public const string FileName = "manifest-sha256.txt";
    public const string SelfHashPrefix = "# manifest-sha256: ";

    public static string Line(string sha256, long length, string path) =>
        $"{sha256}  {length.ToString(CultureInfo.InvariantCulture)}  {path}\n";

    public static string Header(string packageId, string scopeLabel, DateTime createdUtc) =>
        $"# 泾源县移民致富提升行动 档案包 {packageId}\n# 范围：{scopeLabel}\n" +
        $"# 生成时间（UTC）：{createdUtc:yyyy-MM-ddTHH:mm:ssZ}\n# 格式：SHA-256  字节数  路径\n";

    public static string SelfHashLine(string manifestSoFar) =>
        SelfHashPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifestSoFar))) + "\n";

    /// <summary>The listed files by path; false with the reason when a line or the manifest's own hash is wrong.</summary>
    public static bool TryParse(string text, out Dictionary<string, (string Sha256, long Length)> files, out string? problem)
    {
        files = new Dictionary<string, (string, long)>(StringComparer.Ordinal);
        problem = null;
        var selfAt = text.LastIndexOf(SelfHashPrefix, StringComparison.Ordinal);
        if (selfAt < 0 || SelfHashLine(text[..selfAt]) != text[selfAt..])
        {
            problem = $"{FileName}：清单本身的校验值不符（清单被改动或不完整）";
            return false;
        }
        var number = 0;
        foreach (var line in text[..selfAt].Split('\n'))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split("  ", 3);
            if (parts.Length != 3 || parts[0].Length != 64 || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var length)
                || !files.TryAdd(parts[2], (parts[0], length)))
            {
                problem = $"{FileName} 第{number}行格式错误或重复：{line}";
                return false;
            }
        }
        return true;
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Time;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Archive;

/// <summary>What a finished build wrote: the ZIP and the spool listing each archived item and its 件号.</summary>
public sealed record ArchiveBuildResult(string ZipPath, long Length, string Sha256, string ItemsSpool, int Items);

/// <summary>
/// Writes one package, streamed: items are read a page at a time (by key), and each item's PDF and
/// evidence files go into the ZIP as they are produced. The catalogue, audit excerpt and item list
/// are spooled to files beside it and added at the end, so memory stays flat however many items.
/// </summary>
public sealed class ArchivePackageBuilder(
    CmsDbContext db, ArchiveItemSource source, IContentManager contents, IContentDefinitionManager definitions,
    IMediaStore media, IDepartmentStore departments)
{
    /// <summary>DA/T 22-2015 保管期限 of the plan's working records, and its code in the 件号.</summary>
    public const string Retention = "定期30年";
    public const string RetentionCode = "D30";

    public async Task<ArchiveBuildResult> BuildAsync(ArchivePackageRecord package, int? taskNumber, string folder,
        Func<int, Task> progress, CancellationToken ct)
    {
        var scope = new ArchiveScope(package.Year, package.DepartmentId, package.TaskId);
        var spool = Directory.CreateDirectory(Path.Combine(folder, $"{package.Id}.spool")).FullName;
        var zipPath = Path.Combine(folder, $"{package.Id}.zip");
        var classes = source.Classes();
        var units = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
        var types = new Dictionary<string, ResolvedContentType>();
        var sequence = new Dictionary<string, int>();
        var itemsSpool = Path.Combine(spool, "items.spool");
        var done = 0;

        await using (var output = new FileStream(zipPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var zip = new ArchiveZipWriter(output, spool, package.StartedUtc ?? package.RequestedUtc))
        await using (var catalogue = Spool(Path.Combine(spool, "catalogue.spool")))
        await using (var audit = Spool(Path.Combine(spool, "audit.spool")))
        await using (var items = Spool(itemsSpool))
        {
            await audit.WriteAsync(AuditExport.CsvLine(AuditExport.Headers));
            await foreach (var page in source.PagesAsync(scope, taskNumber).WithCancellation(ct))
            {
                // Read a page's items in order (one DbContext), render their PDFs on every core, then write in order.
                var work = new List<PageItem>(page.Count);
                foreach (var row in page)
                {
                    var versions = await contents.GetVersionsAsync(row.ContentItemId);
                    if (versions.Count == 0) continue;
                    if (!types.TryGetValue(row.ContentType, out var type))
                        types[row.ContentType] = type = await definitions.GetTypeAsync(row.ContentType)
                            ?? throw new InvalidOperationException($"内容类型 {row.ContentType} 不存在");
                    var cls = classes.GetValueOrDefault(row.ContentType, type.Type.DisplayName);
                    var seq = sequence[cls] = sequence.GetValueOrDefault(cls) + 1;
                    var number = $"{package.Year}-{cls}-{RetentionCode}-{seq.ToString("D4", CultureInfo.InvariantCulture)}";
                    var history = await db.Set<AuditEventRecord>().AsNoTracking()
                        .Where(a => a.ContentItemId == row.ContentItemId).OrderBy(a => a.Id).ToListAsync(ct);
                    var unit = versions[0].DepartmentId is { } d ? units.GetValueOrDefault(d, "") : "";
                    work.Add(new PageItem(row, number, unit, type, versions, history));
                }
                await Parallel.ForEachAsync(work, new ParallelOptions { CancellationToken = ct }, (item, _) =>
                {
                    item.Rendered = ArchiveItemDocument.Render(item.Number, item.Unit, item.Type, item.Versions, item.History);
                    return ValueTask.CompletedTask;
                });
                foreach (var item in work)
                {
                    var latest = item.Versions[0];
                    var (pdf, pages) = item.Rendered;
                    await zip.AddAsync($"records/{item.Number}.pdf", pdf);
                    var files = await AddEvidenceAsync(zip, item.Number, latest, item.Type, ct);
                    foreach (var e in item.History) await audit.WriteAsync(AuditExport.CsvLine(AuditExport.Cells(e, n => n)));
                    await catalogue.WriteAsync(new ArchiveCatalogueRow(item.Number, item.Unit, latest.DisplayText,
                        latest.PublishedUtc is { } p ? ChinaTime.DateOf(p).ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "",
                        $"{pages}页/{1 + files}份", Retention,
                        $"{item.Type.Type.DisplayName}；records/{item.Number}.pdf" + (files > 0 ? $"；附件{files}份见 files/{item.Number}/" : "")).ToSpoolLine());
                    await items.WriteAsync($"{item.Row.ContentItemId}\t{item.Number}\n");
                    done++;
                }
                // The context tracks nothing here; clearing keeps long builds from growing it anyway.
                db.ChangeTracker.Clear();
                await progress(done);
            }
            await catalogue.FlushAsync(ct);
            await audit.FlushAsync(ct);
            var xlsx = Path.Combine(spool, "catalogue.xlsx");
            ArchiveCatalogue.Write(xlsx, $"归档文件目录（{package.ScopeLabel}）", ReadSpool(Path.Combine(spool, "catalogue.spool"))
                .Select(ArchiveCatalogueRow.FromSpoolLine));
            await zip.AddFileAsync("目录.xlsx", xlsx);
            await zip.AddFileAsync("审计摘录.csv", Path.Combine(spool, "audit.spool"));
            await zip.FinishAsync(ArchiveManifest.Header(package.Id, package.ScopeLabel, package.StartedUtc ?? package.RequestedUtc));
        }
        var (length, sha) = await HashFileAsync(zipPath, ct);
        return new ArchiveBuildResult(zipPath, length, sha, itemsSpool, done);
    }

    /// <summary>The evidence (files of the item's non-personal Files fields) as stored. Returns how many.</summary>
    private async Task<int> AddEvidenceAsync(ArchiveZipWriter zip, string number, ContentItem item, ResolvedContentType type, CancellationToken ct)
    {
        var count = 0;
        foreach (var field in type.Fields.Where(f => f.Kind == FieldKind.Files && !f.Settings.Personal))
            foreach (var file in item.GetFiles(field.Name))
            {
                if (await media.OpenAsync(file.Id, ct) is not { } opened) continue;
                var (stored, content) = opened;
                await using (content)
                {
                    count++;
                    var name = $"files/{number}/{count.ToString("D2", CultureInfo.InvariantCulture)}-{SafeName(stored.FileName)}";
                    await zip.AddAsync(name, s => content.CopyToAsync(s, ct), compress: !stored.IsImage);
                }
            }
        return count;
    }

    /// <summary>One item of a page on its way into the package.</summary>
    private sealed record PageItem(ArchiveItemRow Row, string Number, string Unit, ResolvedContentType Type,
        IReadOnlyList<ContentItem> Versions, IReadOnlyList<AuditEventRecord> History)
    {
        public (byte[] Pdf, int Pages) Rendered { get; set; }
    }

    private static string SafeName(string name) =>
        string.Concat(Path.GetFileName(name).Select(c => c is '/' or '\\' or ':' || char.IsControl(c) ? '_' : c));

    private static StreamWriter Spool(string path) => new(path, false, new UTF8Encoding(true));

    internal static IEnumerable<string> ReadSpool(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        while (reader.ReadLine() is { } line) if (line.Length > 0) yield return line;
    }

    private static async Task<(long, string)> HashFileAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(file, ct);
        return (file.Length, Convert.ToHexStringLower(hash));
    }
}

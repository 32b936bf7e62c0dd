using System.IO.Compression;
using ClosedXML.Excel;
using Jingyuan.Cms.Archive;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Archive;

/// <summary>A package of task 2 of 2023: what it holds, that it verifies, and that its items become read-only.</summary>
public sealed class ArchivePackageTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_task_package_holds_its_items_with_history_and_verifies(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var items = await ArchiveTestData.Task2Async(site);

        var package = await ArchiveTestData.BuildAsync(site, new ArchiveScope(2023, TaskId: items.Task.Id));

        Assert.True(package.Status == ArchivePackageStatus.Succeeded, package.Error);
        Assert.Equal(2, package.ItemsTotal);
        Assert.Equal("2023年度 · 任务2", package.ScopeLabel);
        var bytes = await ArchiveTestData.BytesAsync(site, package.Id);
        Assert.Empty(await ArchiveVerifier.VerifyAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken));

        using var zip = new ZipArchive(new MemoryStream(bytes));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("目录.xlsx", names);
        Assert.Contains("审计摘录.csv", names);
        Assert.Contains(ArchiveManifest.FileName, names);
        var unit = (await site.WithServicesAsync(sp => sp.GetRequiredService<IDepartmentStore>().GetAsync(items.Department)))!.Name;

        // The catalogue: one row per item, numbered 年度-问题-保管期限-件号.
        var rows = CatalogueRows(zip);
        Assert.Equal(2, rows.Count);
        var projectRow = rows.Single(r => r[2] == ArchiveTestData.ProjectTitle);
        var reportRow = rows.Single(r => r[2] == items.Report.DisplayText);
        Assert.Equal("2023-产业发展-D30-0001", projectRow[0]);
        Assert.Equal("2023-进度报告-D30-0001", reportRow[0]);
        Assert.All(rows, r => Assert.Equal(unit, r[1]));
        Assert.All(rows, r => Assert.Matches(@"^2\d{7}$", r[3]));
        Assert.All(rows, r => Assert.Equal("定期30年", r[5]));

        // The evidence as stored, and the project's PDF with its history, read back.
        var photo = zip.GetEntry($"files/{projectRow[0]}/01-建设前.png")!;
        Assert.Equal(items.Photo.Length, photo.Length);
        var (title, text, _) = PdfText.Read(Read(zip, $"records/{projectRow[0]}.pdf"));
        Assert.Equal("1页/2份", projectRow[4]);
        Assert.Equal(ArchiveTestData.ProjectTitle, title);
        Assert.Contains(ArchiveTestData.ProjectTitle, text);
        Assert.Contains("审核退回", text);
        Assert.Contains(ArchiveTestData.RejectReason, text);
        Assert.Contains("审核通过", text);
        Assert.Contains("第2版", text);
        Assert.Contains(ArchiveTestData.Narrative, PdfText.Read(Read(zip, $"records/{reportRow[0]}.pdf")).Text);

        // The audit excerpt holds the items' rows, the rejection among them.
        var audit = System.Text.Encoding.UTF8.GetString(Read(zip, "审计摘录.csv"));
        Assert.Contains(items.Project.ContentItemId, audit);
        Assert.Contains(ArchiveTestData.RejectReason, audit);

        // Archived: every change of either item is refused, with the reason.
        await AssertReadOnlyAsync(site, items.Project.ContentItemId, package.Id);
        await AssertReadOnlyAsync(site, items.Report.ContentItemId, package.Id);
        using var admin = await site.LoginAsync("admin");
        var page = await admin.GetPageAsync($"/admin/content/{items.Project.ContentItemId}/edit");
        Assert.Contains("已归档", page);
        Assert.Contains(package.Id, page);
    }

    [Fact]
    public async Task Verification_fails_when_any_entry_changes_or_a_file_is_added_or_removed()
    {
        await using var site = new CmsWebFactory();
        var items = await ArchiveTestData.Task2Async(site);
        var package = await ArchiveTestData.BuildAsync(site, new ArchiveScope(2023, TaskId: items.Task.Id));
        var bytes = await ArchiveTestData.BytesAsync(site, package.Id);
        string[] entries;
        using (var zip = new ZipArchive(new MemoryStream(bytes))) entries = zip.Entries.Select(e => e.FullName).ToArray();
        Assert.True(entries.Length >= 6, string.Join(", ", entries));

        foreach (var entry in entries)
        {
            var problems = await VerifyAsync(Rewrite(bytes, z => FlipOneByte(z, entry)));
            var named = entry == ArchiveManifest.FileName ? ArchiveManifest.FileName : entry + "：";
            Assert.Contains(problems, p => p.Contains(named, StringComparison.Ordinal));
        }

        var added = await VerifyAsync(Rewrite(bytes, z =>
        {
            using var w = new StreamWriter(z.CreateEntry("records/补充.txt").Open());
            w.Write("后来加入的文件");
        }));
        Assert.Equal(["records/补充.txt：清单中没有该文件"], added);

        var evidence = entries.Single(e => e.StartsWith("files/", StringComparison.Ordinal));
        var removed = await VerifyAsync(Rewrite(bytes, z => z.GetEntry(evidence)!.Delete()));
        Assert.Equal([$"{evidence}：清单列出的文件缺失"], removed);
    }

    [Fact]
    public async Task The_verify_archive_verb_exits_non_zero_naming_the_changed_file()
    {
        await using var site = new CmsWebFactory();
        var items = await ArchiveTestData.Task2Async(site);
        var package = await ArchiveTestData.BuildAsync(site, new ArchiveScope(2023, TaskId: items.Task.Id));
        var bytes = await ArchiveTestData.BytesAsync(site, package.Id);
        var good = Path.Combine(site.DataFolder, "good.zip");
        var bad = Path.Combine(site.DataFolder, "bad.zip");
        await File.WriteAllBytesAsync(good, bytes, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(bad, Rewrite(bytes, z => FlipOneByte(z, "目录.xlsx")), TestContext.Current.CancellationToken);
        var verb = new VerifyArchiveVerb();

        var errors = new StringWriter();
        var original = Console.Error;
        Console.SetError(errors);
        try
        {
            Assert.Equal(0, await site.WithServicesAsync(sp => verb.RunAsync([good], sp)));
            Assert.Equal(1, await site.WithServicesAsync(sp => verb.RunAsync([bad], sp)));
        }
        finally { Console.SetError(original); }
        Assert.Contains("目录.xlsx：", errors.ToString());
    }

    private static async Task AssertReadOnlyAsync(CmsWebFactory site, string contentItemId, string packageId)
    {
        var refusals = await site.WithContentAsync(async c =>
        {
            var latest = (await c.GetLatestAsync(contentItemId))!;
            var list = new List<Exception>
            {
                await Assert.ThrowsAsync<ContentStateException>(() => c.SaveDraftAsync(latest, latest.ConcurrencyStamp)),
                await Assert.ThrowsAsync<ContentStateException>(() => c.DeleteAsync(contentItemId)),
                await Assert.ThrowsAsync<ContentStateException>(() => c.RejectAsync(contentItemId, "再改一次")),
                await Assert.ThrowsAsync<ContentStateException>(() => c.SubmitAsync(contentItemId)),
                await Assert.ThrowsAsync<ContentStateException>(() => c.UnpublishAsync(contentItemId)),
            };
            return list;
        });
        Assert.All(refusals, e => Assert.Contains($"已归档（档案包 {packageId}", e.Message));
        var versions = await site.WithContentAsync(c => c.GetVersionsAsync(contentItemId));
        Assert.True(versions[0].Published);
        var marked = await site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ArchivedItemRecord>()
            .CountAsync(a => a.ContentItemId == contentItemId));
        Assert.Equal(1, marked);
    }

    internal static List<string[]> CatalogueRows(ZipArchive zip)
    {
        using var book = new XLWorkbook(new MemoryStream(Read(zip, "目录.xlsx")));
        var sheet = book.Worksheet(1);
        Assert.Equal(ArchiveCatalogueRow.Headers, Enumerable.Range(1, 7).Select(c => sheet.Cell(2, c).GetString()));
        return sheet.RowsUsed().Skip(2).Select(r => Enumerable.Range(1, 7).Select(c => r.Cell(c).GetString()).ToArray()).ToList();
    }

    internal static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static Task<IReadOnlyList<string>> VerifyAsync(byte[] zip) =>
        ArchiveVerifier.VerifyAsync(new MemoryStream(zip), TestContext.Current.CancellationToken);

    private static byte[] Rewrite(byte[] original, Action<ZipArchive> change)
    {
        var copy = new MemoryStream();
        copy.Write(original);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true)) change(zip);
        return copy.ToArray();
    }

    private static void FlipOneByte(ZipArchive zip, string name)
    {
        var content = Read(zip, name);
        content[content.Length / 2] ^= 0x01;
        zip.GetEntry(name)!.Delete();
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(content);
    }
}

using System.Net;
using System.Text;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Media;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Admin.Plan;
using Jingyuan.Cms.Tests.TestSupport;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>
/// The upload corpus through the real content form: what an attacker tries is refused with a message at the
/// field and nothing is stored; what a department really uploads is stored as what its bytes are, photos
/// without their GPS position, and served with headers no browser can turn into a page of the site.
/// </summary>
public sealed class UploadCorpusTests
{
    internal const string Type = "UploadCorpusRecord";
    internal const string Editor = "upload-editor";
    internal const long PhotoLimit = 100 * 1024;

    public static IEnumerable<(string Case, string FileName, byte[] Bytes, string Message)> Attacks() =>
    [
        ("GIF+JS polyglot", "photo.gif", UploadSamples.GifJavaScriptPolyglot(), "在图片数据之后还附带了其他内容"),
        ("JPEG with HTML appended", "photo.jpg", UploadSamples.JpegWithHtml(), "夹带了网页或脚本代码"),
        ("SVG named photo.png", "photo.png", UploadSamples.Svg(), "网页、SVG 或 XML"),
        ("SVG", "drawing.svg", UploadSamples.Svg(), "网页、SVG 或 XML"),
        ("HTML", "page.html", UploadSamples.Html(), "网页、SVG 或 XML"),
        ("HTML named photo.jpg", "photo.jpg", UploadSamples.Html(), "网页、SVG 或 XML"),
        ("XML", "data.xml", UploadSamples.Xml(), "网页、SVG 或 XML"),
        ("JavaScript", "photo.js", UploadSamples.JavaScript(), "内容无法识别"),
        ("zero bytes", "empty.jpg", [], "是空文件（0 字节）"),
        ("oversized", "big.jpg", [.. UploadSamples.Jpeg(), .. new byte[PhotoLimit]], "超过了单个文件 0.1 MB 的上限"),
        ("PDF in a photos-only field", "photo.pdf", UploadSamples.Pdf(), "此处只能上传：图片"),
        ("a truncated JPEG", "cut.jpg", UploadSamples.Jpeg()[..300], "不是完整的JPEG 图片"),
    ];

    [Fact]
    public async Task Every_attack_is_refused_at_the_field_with_its_reason_and_nothing_is_stored()
    {
        await using var site = new CmsWebFactory();
        await DefineAsync(site);
        using var editor = await site.LoginAsync(Editor, CmsWebFactory.UserPassword);

        foreach (var (name, fileName, bytes, message) in Attacks())
        {
            // The browser's claim is the most convincing one: it must change nothing.
            var response = await editor.PostMultipartAsync($"/admin/content/new/{Type}", $"/admin/content/new/{Type}",
                [("DisplayText", "移民户危房改造 " + name), ("Year", "2023")],
                new PlanPages.Upload("f.Photos", fileName, bytes, "image/jpeg"));
            var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: answered {(int)response.StatusCode}");
            Assert.True(page.Contains($"照片：文件“{fileName}”", StringComparison.Ordinal) && page.Contains(message, StringComparison.Ordinal),
                $"{name}: the page does not say “{message}” at the field");
        }
        Assert.Equal(0, await site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<MediaFileRecord>().CountAsync()));
        Assert.Equal(0, await site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ContentItemRecord>().CountAsync(r => r.ContentType == Type)));
        Assert.Empty(System.IO.Directory.Exists(Path.Combine(site.DataFolder, "media"))
            ? System.IO.Directory.GetFiles(Path.Combine(site.DataFolder, "media"), "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task Real_files_are_stored_as_their_bytes_say_photos_lose_their_GPS_and_are_served_sandboxed()
    {
        await using var site = new CmsWebFactory();
        await DefineAsync(site);
        using var editor = await site.LoginAsync(Editor, CmsWebFactory.UserPassword);
        var original = UploadSamples.JpegWithGps();
        Assert.NotNull(ImageMetadataReader.ReadMetadata(new MemoryStream(original)).OfType<GpsDirectory>().Single().GetGeoLocation());

        var response = await editor.PostMultipartAsync($"/admin/content/new/{Type}", $"/admin/content/new/{Type}",
            [("DisplayText", "移民户危房改造"), ("Year", "2023")],
            new PlanPages.Upload("f.Photos", "household.jpg", original, "image/jpeg"),
            // A browser claiming text/html for a PNG: the stored and served type is the PNG's.
            new PlanPages.Upload("f.Photos", "site.png", UploadSamples.PngWithText(), "text/html"),
            new PlanPages.Upload("f.Attachments", "方案.pdf", UploadSamples.Pdf(), "text/html"),
            new PlanPages.Upload("f.Attachments", "清单.docx", UploadSamples.Docx(), "image/svg+xml"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var item = await site.WithServicesAsync(async sp => ContentItemMapper.ToItem(
            await sp.GetRequiredService<CmsDbContext>().Set<ContentItemRecord>().SingleAsync(r => r.ContentType == Type)));
        var photos = item.GetFiles("Photos");
        var attachments = item.GetFiles("Attachments");
        Assert.Equal(["image/jpeg", "image/png"], photos.Select(f => f.ContentType));
        Assert.Equal(["application/pdf", MediaSignatures.Docx.MediaType], attachments.Select(f => f.ContentType));

        var jpeg = await editor.GetAsync(photos[0].Url);
        AssertSandboxed(jpeg);
        Assert.Equal("image/jpeg", jpeg.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", jpeg.Content.Headers.ContentDisposition?.DispositionType);
        var served = await jpeg.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var metadata = ImageMetadataReader.ReadMetadata(new MemoryStream(served));
        Assert.Empty(metadata.OfType<GpsDirectory>());
        // Only the orientation survives, so the photo still shows upright.
        Assert.Equal(6, metadata.OfType<ExifIfd0Directory>().Single().GetInt32(ExifDirectoryBase.TagOrientation));
        Assert.Equal(16, metadata.OfType<MetadataExtractor.Formats.Jpeg.JpegDirectory>().Single().GetImageWidth());
        Assert.True(served.AsSpan().EndsWith(UploadSamples.Jpeg()[20..])); // the pixels are the original's, byte for byte

        var png = await editor.GetAsync(photos[1].Url);
        AssertSandboxed(png);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", png.Content.Headers.ContentDisposition?.DispositionType);
        Assert.DoesNotContain("GPS 35.48N", Encoding.Latin1.GetString(await png.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));

        var pdf = await editor.GetAsync(attachments[0].Url);
        AssertSandboxed(pdf);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", pdf.Content.Headers.ContentDisposition?.DispositionType);

        var docx = await editor.GetAsync(attachments[1].Url);
        AssertSandboxed(docx);
        Assert.Equal(MediaSignatures.Docx.MediaType, docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", docx.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task A_file_stored_before_the_check_with_the_browsers_type_is_judged_again_when_served()
    {
        await using var site = new CmsWebFactory();
        await DefineAsync(site);
        var svg = await LegacyFileAsync(site, "photo.png", "image/svg+xml", UploadSamples.Svg());
        var html = await LegacyFileAsync(site, "notice.html", "text/html", UploadSamples.Html());
        var jpegAsHtml = await LegacyFileAsync(site, "photo.jpg", "text/html", UploadSamples.JpegWithHtml());
        await PublishAsync(site, [svg, html, jpegAsHtml], []);
        using var visitor = site.CreateClient();

        foreach (var file in new[] { svg, html })
        {
            var response = await visitor.GetAsync(file.Url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertSandboxed(response);
            Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        }
        // A real picture stored under a wrong type is served as the picture it is.
        var jpeg = await visitor.GetAsync(jpegAsHtml.Url, TestContext.Current.CancellationToken);
        AssertSandboxed(jpeg);
        Assert.Equal("image/jpeg", jpeg.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Opening_a_personal_file_is_audited_and_opening_a_public_photo_is_not()
    {
        await using var site = new CmsWebFactory();
        var own = await DefineAsync(site);
        var photo = await TestImagesUploadAsync(site, "photo.png");
        var idCard = await TestImagesUploadAsync(site, "身份证.png");
        var item = await PublishAsync(site, [photo], [idCard], own);
        using var editor = await site.LoginAsync(Editor, CmsWebFactory.UserPassword);

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(photo.Url)).StatusCode);
        Assert.Empty(await PersonalDownloadsAsync(site));
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync(idCard.Url, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Empty(await PersonalDownloadsAsync(site));

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(idCard.Url)).StatusCode);
        var entry = Assert.Single(await PersonalDownloadsAsync(site));
        Assert.Equal(Editor, entry.UserName);
        Assert.Equal(item.ContentItemId, entry.ContentItemId);
        Assert.Contains("身份证.png", entry.Summary);
    }

    [Fact]
    public async Task Access_follows_the_media_usage_table_and_the_backfill_restores_it_for_old_versions()
    {
        await using var site = new CmsWebFactory();
        await DefineAsync(site);
        var photo = await TestImagesUploadAsync(site, "photo.png");
        var idCard = await TestImagesUploadAsync(site, "id.png");
        var item = await PublishAsync(site, [photo], [idCard]);
        var usages = await site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<MediaUsageRecord>().AsNoTracking()
            .OrderBy(u => u.FieldName).ToListAsync());
        Assert.Equal([("Attachments", photo.Id, false), ("IdCard", idCard.Id, true)], usages.Select(u => (u.FieldName, u.MediaId, u.Personal)));
        Assert.Equal(item.VersionId, usages[0].ContentVersionId);
        using var visitor = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(photo.Url, TestContext.Current.CancellationToken)).StatusCode);

        // A database from before the table: versions mention files, no usage rows. Nothing is found by scanning JSON…
        await site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<MediaUsageRecord>().ExecuteDeleteAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(photo.Url, TestContext.Current.CancellationToken)).StatusCode);
        // …until the data migration fills the table in.
        Assert.Equal(1, await site.WithServicesAsync(sp => sp.GetServices<IDataMigration>().OfType<MediaUsageBackfill>().Single().CreateAsync()));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(photo.Url, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(idCard.Url, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(2, await site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<MediaUsageRecord>().CountAsync()));
        // Run again, it adds nothing.
        await site.WithServicesAsync(sp => sp.GetServices<IDataMigration>().OfType<MediaUsageBackfill>().Single().CreateAsync());
        Assert.Equal(2, await site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<MediaUsageRecord>().CountAsync()));
    }

    internal static void AssertSandboxed(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("sandbox;", policy);
        Assert.Contains("default-src 'none'", policy);
    }

    /// <summary>The type and an editor of a department of its own; returns the department.</summary>
    internal static async Task<int> DefineAsync(CmsWebFactory site)
    {
        var (own, _) = await TestContent.DepartmentsAsync(site);
        await site.CreateUserAsync(Editor, BuiltInRoles.DepartmentEditor, own);
        await DefineTypeAsync(site.Services);
        return own;
    }

    internal static async Task DefineTypeAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
        await definitions.SavePartAsync(new ContentPartDefinition
        {
            Name = Type,
            Fields =
            [
                new() { Name = "Photos", Label = "照片", Kind = FieldKind.Files, Order = 1,
                        Settings = new FieldSettings { AllowedKinds = FileKinds.Images, MaxFileBytes = PhotoLimit } },
                new() { Name = "Attachments", Label = "附件", Kind = FieldKind.Files, Order = 2,
                        Settings = new FieldSettings { AllowedKinds = FileKinds.All } },
                new() { Name = "IdCard", Label = "身份证扫描件", Kind = FieldKind.Files, Order = 3,
                        Settings = new FieldSettings { AllowedKinds = FileKinds.Images, Personal = true } },
            ],
        });
        await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = Type, DisplayName = "上传测试", Parts = [Type] });
    }

    internal static Task<StoredFile> LegacyFileAsync(CmsWebFactory site, string fileName, string claimedType, byte[] bytes) =>
        LegacyFileAsync(site.Services, site.DataFolder, fileName, claimedType, bytes);

    /// <summary>A file as the code before this check stored it: the bytes as sent, the type the browser claimed.</summary>
    internal static async Task<StoredFile> LegacyFileAsync(IServiceProvider services, string dataFolder, string fileName, string claimedType, byte[] bytes)
    {
        var id = Guid.NewGuid().ToString("n");
        var relative = Path.Combine(id[..2], id);
        var path = Path.Combine(dataFolder, "media", relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        db.Add(new MediaFileRecord
        {
            Id = id, FileName = fileName, ContentType = claimedType, Length = bytes.Length, StoragePath = relative,
            UploadedBy = Editor, UploadedUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return new StoredFile(id, fileName, claimedType, bytes.Length);
    }

    internal static Task<ContentItem> PublishAsync(CmsWebFactory site, StoredFile[] attachments, StoredFile[] idCards, int? departmentId = null) =>
        PublishAsync(site.Services, attachments, idCards, departmentId);

    /// <summary>A published record holding the files (through the content manager, as the admin's save and approval do).</summary>
    internal static async Task<ContentItem> PublishAsync(IServiceProvider services, StoredFile[] attachments, StoredFile[] idCards, int? departmentId = null)
    {
        using var scope = services.CreateScope();
        var c = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await c.NewAsync(Type);
        item.DisplayText = "移民户危房改造";
        item.Year = 2023;
        item.DepartmentId = departmentId;
        if (attachments.Length > 0) item.Set("Attachments", new System.Text.Json.Nodes.JsonArray([.. attachments.Select(f => f.ToJson())]));
        if (idCards.Length > 0) item.Set("IdCard", new System.Text.Json.Nodes.JsonArray([.. idCards.Select(f => f.ToJson())]));
        var saved = await c.SaveDraftAsync(item, null);
        return await c.SubmitAndPublishAsync(saved.ContentItemId);
    }

    private static Task<StoredFile> TestImagesUploadAsync(CmsWebFactory site, string name) => Portal.TestImages.UploadAsync(site, name);

    private static Task<List<AuditEventRecord>> PersonalDownloadsAsync(CmsWebFactory site) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEventRecord>().AsNoTracking()
            .Where(e => e.EventName == AuditEvents.MediaPersonalDownloaded).ToListAsync());
}

using System.Net;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Tests.Portal;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Content;

/// <summary>purge-media: uploads no version refers to go; anything a version (even an old one) shows stays.</summary>
public sealed class UnusedMediaTests
{
    private const string Type = "MediaPurgeRecord";

    [Fact]
    public async Task Only_files_no_version_refers_to_are_removed_after_the_grace_period()
    {
        await using var site = new CmsWebFactory();
        await DefineTypeAsync(site);
        var current = await TestImages.UploadAsync(site, "current.png");
        var replaced = await TestImages.UploadAsync(site, "replaced.png");
        var loose = await TestImages.UploadAsync(site, "loose.png");
        await site.WithContentAsync(async c =>
        {
            var draft = await c.NewAsync(Type);
            draft.DisplayText = "村级光伏电站";
            draft.Set("Photos", new JsonArray(replaced.ToJson()));
            draft = await c.SaveDraftAsync(draft, null);
            draft.Set("Photos", new JsonArray(current.ToJson())); // the first photo now lives only in history
            return await c.SaveDraftAsync(draft, draft.ConcurrencyStamp);
        });
        var verb = site.Services.GetServices<ICommandLineVerb>().Single(v => v.Name == "purge-media");

        // Within the grace period (7 days by default) nothing goes: a form may be about to use the file.
        Assert.Equal(0, await site.WithServicesAsync(sp => verb.RunAsync([], sp)));
        Assert.Equal(3, await MediaRowsAsync(site));
        // A dry run only lists.
        Assert.Equal(0, await site.WithServicesAsync(sp => verb.RunAsync(["--days", "0", "--dry-run"], sp)));
        Assert.Equal(3, await MediaRowsAsync(site));

        Assert.Equal(0, await site.WithServicesAsync(sp => verb.RunAsync(["--days", "0"], sp)));

        Assert.Equal(2, await MediaRowsAsync(site));
        Assert.False(File.Exists(Path.Combine(site.DataFolder, "media", loose.Id[..2], loose.Id)));
        Assert.True(File.Exists(Path.Combine(site.DataFolder, "media", current.Id[..2], current.Id)));
        Assert.True(File.Exists(Path.Combine(site.DataFolder, "media", replaced.Id[..2], replaced.Id)));
        using var admin = await site.LoginAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(loose.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(replaced.Url)).StatusCode);
        Assert.Contains("media.purged", await site.WithServicesAsync(sp =>
            sp.GetRequiredService<CmsDbContext>().Set<AuditEventRecord>().Select(e => e.EventName).ToListAsync()));
    }

    [Fact]
    public async Task A_bad_day_count_is_refused_and_nothing_is_removed()
    {
        await using var site = new CmsWebFactory();
        await TestImages.UploadAsync(site, "loose.png");
        var verb = site.Services.GetServices<ICommandLineVerb>().Single(v => v.Name == "purge-media");

        Assert.Equal(2, await site.WithServicesAsync(sp => verb.RunAsync(["--days", "七"], sp)));
        Assert.Equal(2, await site.WithServicesAsync(sp => verb.RunAsync(["--days"], sp)));
        Assert.Equal(1, await MediaRowsAsync(site));
    }

    private static Task<int> MediaRowsAsync(CmsWebFactory site) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<MediaFileRecord>().CountAsync());

    private static Task DefineTypeAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        await definitions.SavePartAsync(new ContentPartDefinition
        {
            Name = Type, Fields = [new() { Name = "Photos", Label = "照片", Kind = FieldKind.Files, Order = 1 }],
        });
        await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = Type, DisplayName = "文件清理测试", Parts = [Type] });
    });
}

using System.Net;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Portal;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>Who may open /media/{id}: files follow the record they belong to, and personal files never go public.</summary>
public sealed class MediaAccessTests
{
    private const string Type = "MediaTestRecord";

    [Fact]
    public async Task A_published_photo_is_public_but_a_personal_file_on_the_same_record_is_not()
    {
        await using var site = new CmsWebFactory();
        var (own, _) = await SetUpAsync(site);
        var photo = await TestImages.UploadAsync(site);
        var idCard = await TestImages.UploadAsync(site);
        var item = await SaveAsync(site, own, photo, idCard);
        await site.WithContentAsync(c => c.SubmitAndPublishAsync(item.ContentItemId));

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(site, null, photo));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(site, null, idCard));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(site, "media-own", idCard));   // its department keeps using it
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(site, "media-other", idCard));
    }

    [Fact]
    public async Task A_draft_photo_is_seen_by_its_department_and_the_reviewer_only()
    {
        await using var site = new CmsWebFactory();
        var (own, _) = await SetUpAsync(site);
        var photo = await TestImages.UploadAsync(site);
        await SaveAsync(site, own, photo, idCard: null);

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(site, null, photo));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(site, "media-other", photo));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(site, "media-own", photo));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(site, "media-reviewer", photo));
        // A file attached to nothing (its save was refused) is no one's but the uploader's.
        var loose = await TestImages.UploadAsync(site);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(site, "media-reviewer", loose));
    }

    private static async Task<(int Own, int Other)> SetUpAsync(CmsWebFactory site)
    {
        var (own, other) = await TestContent.DepartmentsAsync(site);
        await site.CreateUserAsync("media-own", BuiltInRoles.DepartmentEditor, own);
        await site.CreateUserAsync("media-other", BuiltInRoles.DepartmentEditor, other);
        await site.CreateUserAsync("media-reviewer", BuiltInRoles.Reviewer, other);
        await site.WithServicesAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.SavePartAsync(new ContentPartDefinition
            {
                Name = Type,
                Fields =
                [
                    new() { Name = "Photos", Label = "照片", Kind = FieldKind.Files, Order = 1 },
                    new() { Name = "IdCard", Label = "身份证扫描件", Kind = FieldKind.Files, Order = 2, Settings = new FieldSettings { Personal = true } },
                ],
            });
            await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = Type, DisplayName = "附件测试", Parts = [Type] });
        });
        return (own, other);
    }

    private static Task<ContentItem> SaveAsync(CmsWebFactory site, int departmentId, StoredFile photo, StoredFile? idCard) =>
        site.WithContentAsync(async c =>
        {
            var item = await c.NewAsync(Type);
            item.DisplayText = "移民户危房改造";
            item.DepartmentId = departmentId;
            item.Year = 2023;
            item.Set("Photos", new JsonArray(photo.ToJson()));
            if (idCard is not null) item.Set("IdCard", new JsonArray(idCard.ToJson()));
            return await c.SaveDraftAsync(item, null);
        });

    private static async Task<HttpStatusCode> StatusAsync(CmsWebFactory site, string? userName, StoredFile file)
    {
        if (userName is null)
        {
            using var anonymous = site.CreateClient();
            return (await anonymous.GetAsync(file.Url, TestContext.Current.CancellationToken)).StatusCode;
        }
        using var client = await site.LoginAsync(userName, CmsWebFactory.UserPassword);
        return (await client.GetAsync(file.Url)).StatusCode;
    }
}

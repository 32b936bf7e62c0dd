using System.Net;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Notices;

public sealed class NoticesModuleToggleTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Disabling_hides_pages_navigation_and_type_and_enabling_restores_them(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var (dept, _) = await TestContent.DepartmentsAsync(site);
        var notice = await NoticeTestData.PublishedPublicityAsync(site, "停用测试公示", dept);
        var client = site.AnonymousClient();
        await AssertAvailableAsync(site, client, notice.ContentItemId);

        await site.WithServicesAsync(sp => sp.GetRequiredService<ModuleManager>().DisableAsync("Notices"));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/notices")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/notices/{notice.ContentItemId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/notices/feed")).StatusCode);
        Assert.DoesNotContain(await NavigationAsync(site), m => m.Url == "/notices");
        Assert.DoesNotContain("href=\"/notices\"", await client.GetPageAsync("/"));
        Assert.DoesNotContain(await TypesAsync(site), t => t.Name == "Notice");

        await site.WithServicesAsync(sp => sp.GetRequiredService<ModuleManager>().EnableAsync("Notices"));

        await AssertAvailableAsync(site, client, notice.ContentItemId);
    }

    private static async Task AssertAvailableAsync(CmsWebFactory site, TestClient client, string id)
    {
        Assert.Contains("停用测试公示", await client.GetPageAsync("/notices"));
        Assert.Contains("停用测试公示", await client.GetPageAsync($"/notices/{id}"));
        Assert.Contains(await NavigationAsync(site), m => m.Url == "/notices" && m.Text == "公示公告");
        Assert.Contains("href=\"/notices\"", await client.GetPageAsync("/"));
        Assert.Contains(await TypesAsync(site), t => t.Name == "Notice" && t.ModuleId == "Notices");
    }

    private static Task<IReadOnlyList<MenuItem>> NavigationAsync(CmsWebFactory site) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<INavigationBuilder>().BuildPublicNavigationAsync());

    private static Task<IReadOnlyList<ContentTypeDefinition>> TypesAsync(CmsWebFactory site) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().ListTypesAsync());
}

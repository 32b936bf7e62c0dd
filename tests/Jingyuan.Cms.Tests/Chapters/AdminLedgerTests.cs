using System.Net;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Tests.Admin;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Chapters;

/// <summary>A ledger an administrator defines and attaches to a plan chapter gets what a module's public ledger gets.</summary>
public sealed class AdminLedgerTests
{
    [Fact]
    public async Task An_admin_type_attached_to_a_chapter_and_marked_public_gets_record_pages_and_an_unattached_one_does_not()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        using var admin = await site.LoginAsync("admin");
        var item = await TestContent.DraftAsync(site, "王家沟村集体经济", 12);
        await site.WithContentAsync(async c =>
        {
            var latest = (await c.GetLatestAsync(item.ContentItemId))!;
            latest.Set("Phone", "13912345678");
            await c.SaveDraftAsync(latest, latest.ConcurrencyStamp);
            return await c.SubmitAndPublishAsync(item.ContentItemId);
        });
        using var visitor = site.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(ChapterRecordUrls.Of(item.ContentItemId), TestContext.Current.CancellationToken)).StatusCode);

        var form = new Dictionary<string, string>
        {
            ["DisplayName"] = "测试记录", ["Description"] = "", ["PlanChapter"] = "10", ["PublicVisible"] = "true",
        };
        var saved = await admin.PostFormAsync($"/admin/content-types/{TestContent.Type}/edit", $"/admin/content-types/{TestContent.Type}/edit", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var type = await site.WithServicesAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(TestContent.Type));
        Assert.Equal((10, true), (type!.Type.PlanChapter, type.Type.PublicVisible));

        var page = await visitor.GetAsync(ChapterRecordUrls.Of(item.ContentItemId), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("王家沟村集体经济", html);
        Assert.DoesNotContain("13912345678", html); // personal fields never show

        form["PlanChapter"] = "100";
        var refused = await admin.PostFormAsync($"/admin/content-types/{TestContent.Type}/edit", $"/admin/content-types/{TestContent.Type}/edit", form);
        Assert.Contains("1—99", AdminPages.FieldError(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "PlanChapter"));
    }

    [Fact]
    public async Task A_module_declared_type_keeps_its_declared_publicness_whatever_the_form_posts()
    {
        await using var site = new CmsWebFactory();
        using var admin = await site.LoginAsync("admin");
        var url = "/admin/content-types/ConsumptionPurchase/edit";
        var edit = await admin.GetPageAsync(url);
        Assert.Contains("此类型由模块 Industry 声明", edit);

        await admin.PostFormAsync(url, url, new() { ["DisplayName"] = "消费帮扶采购", ["PublicVisible"] = "true", ["PlanChapter"] = "3" });

        var type = await site.WithServicesAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("ConsumptionPurchase"));
        Assert.Equal((null, false), (type!.Type.PlanChapter, type.Type.PublicVisible));
    }
}

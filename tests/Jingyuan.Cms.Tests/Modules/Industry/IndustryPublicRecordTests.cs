using System.Net;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Modules.Industry.Models;
using Jingyuan.Cms.Tests.Modules.Search;
using Jingyuan.Cms.Tests.Portal;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Industry;

/// <summary>
/// 产业项目 are public records: the host's /records/{id} page shows a published project's public
/// fields, and the site's search finds it; drafts, internal ledgers and personal fields never show.
/// </summary>
public sealed class IndustryPublicRecordTests
{
    private const string Phone = "13995410001";

    [Fact]
    public async Task A_published_project_has_a_public_page_and_is_found_by_search()
    {
        await using var site = await SearchSite.StartAsync(seedPlan: true);
        await AddPersonalContactFieldAsync(site);
        var photo = await TestImages.UploadAsync(site.Site, "after.png");
        var project = await PublishedProjectAsync(site, "羊槽村肉牛养殖园区扩建", contactPhone: Phone, photoAfter: photo);

        var (status, html) = await site.GetAsync(ChapterRecordUrls.Of(project.ContentItemId));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("羊槽村肉牛养殖园区扩建", html);
        Assert.Matches("发布日期：<time datetime=\"\\d{4}-\\d{2}-\\d{2}\">", html);
        Assert.Matches("发布单位：[^<]*农业农村局", html);
        Assert.Contains("产业项目", html);
        Assert.Contains("<dt class=\"col-sm-3\">新增肉牛</dt>", html);
        Assert.Contains("260 头", html);
        Assert.Contains("120 万元", html);
        Assert.Contains("黄花乡", html);
        Assert.DoesNotContain(Phone, html);
        Assert.DoesNotContain("联系人电话", html);
        Assert.Contains($"<img src=\"{photo.Url}\"", html); // 建设后照片
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync(photo.Url)).Status);

        await site.CatchUpAsync();
        var results = await site.SearchAsync("羊槽村 肉牛");
        var hit = Assert.Single(results.Hits, h => h.Url == ChapterRecordUrls.Of(project.ContentItemId));
        Assert.Equal("产业项目", hit.TypeName);
        Assert.Empty((await site.SearchAsync(Phone)).Hits);
    }

    [Fact]
    public async Task Drafts_withdrawn_projects_internal_ledgers_and_a_disabled_chapter_have_no_page()
    {
        await using var site = await SearchSite.StartAsync(seedPlan: true);
        var draft = await site.WithContentAsync(async c => await c.SaveDraftAsync(await NewProjectAsync(c, "大湾乡肉牛草料基地"), null));
        var withdrawn = await PublishedProjectAsync(site, "新民乡肉牛养殖场");
        await site.WithContentAsync(c => c.UnpublishAsync(withdrawn.ContentItemId, "数据待核实"));
        var purchase = await site.WithContentAsync(async c =>
        {
            var item = await c.NewAsync(nameof(ConsumptionPurchase));
            item.DisplayText = "县医院采购移民户农产品";
            item.Year = 2023;
            item.Set(nameof(ConsumptionPurchase.BuyingUnit), "泾源县人民医院").Set(nameof(ConsumptionPurchase.Seller), "马某某")
                .Set(nameof(ConsumptionPurchase.SellerKind), ConsumptionPurchase.SellerKinds[0]).Set(nameof(ConsumptionPurchase.Product), "土豆")
                .Set(nameof(ConsumptionPurchase.AmountYuan), 5000m).Set(nameof(ConsumptionPurchase.PurchaseDate), "2023-06-01");
            item = await c.SaveDraftAsync(item, null);
            return await c.SubmitAndPublishAsync(item.ContentItemId);
        });
        var published = await PublishedProjectAsync(site, "香水镇肉牛交易市场");

        foreach (var hidden in new[] { draft, withdrawn, purchase })
            Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync(ChapterRecordUrls.Of(hidden.ContentItemId))).Status);
        await site.CatchUpAsync();
        Assert.Empty((await site.SearchAsync("马某某")).Hits);

        await site.WithServicesAsync(sp => sp.GetRequiredService<ModuleManager>().DisableAsync("Industry"));
        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync(ChapterRecordUrls.Of(published.ContentItemId))).Status);
    }

    [Fact]
    public async Task Upgrading_the_module_publishes_the_projects_already_published_to_search()
    {
        await using var site = await SearchSite.StartAsync(seedPlan: true);
        // As version 1 left it: the ledger internal, its published projects outside the index.
        await SetPublicAsync(site, false);
        var project = await PublishedProjectAsync(site, "六盘山镇肉牛冷链仓储");
        await site.CatchUpAsync();
        Assert.Empty((await site.SearchAsync("冷链仓储")).Hits);

        // The upgrade as a restart runs it: the declared shape (now public) first, then the module's data step.
        await site.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<DeclaredRecordTypes>().ApplyAsync(sp.GetServices<ChapterDescriptor>());
            Assert.Equal(2, await ActivatorUtilities.CreateInstance<Jingyuan.Cms.Modules.Industry.Migrations>(sp).UpdateFrom1Async());
        });
        await site.CatchUpAsync();

        Assert.Equal([ChapterRecordUrls.Of(project.ContentItemId)], await site.UrlsAsync("冷链仓储"));
    }

    private static Task<int> AgricultureAsync(SearchSite site) => site.WithServicesAsync(async sp =>
        (await sp.GetRequiredService<IDepartmentStore>().FindByNameAsync("农业农村局"))!.Id);

    [Fact]
    public async Task The_task_page_links_a_computed_figure_to_the_published_records_behind_it()
    {
        await using var site = await SearchSite.StartAsync(seedPlan: true);
        var counted = await PublishedProjectAsync(site, "泾河源镇肉牛养殖园区");
        await site.WithContentAsync(async c => await c.SaveDraftAsync(await NewProjectAsync(c, "尚未发布的肉牛项目"), null));
        const string list = "/plan/2023/targets/2-new-cattle/records";

        var (_, task) = await site.GetAsync("/plan/2023/tasks/2");
        Assert.Contains($"href=\"{list}\"", task);
        var (status, html) = await site.GetAsync(list);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"href=\"{ChapterRecordUrls.Of(counted.ContentItemId)}\">泾河源镇肉牛养殖园区</a>", html);
        Assert.Contains("260 头", html);
        Assert.Contains("共 1 条记录", html);
        Assert.DoesNotContain("尚未发布的肉牛项目", html);
        // Internal ledgers are summed but not listed; a reported figure has no records; unknown keys are not pages.
        var (_, task10) = await site.GetAsync("/plan/2023/tasks/10");
        Assert.DoesNotContain("/targets/10-consumption/records", task10);
        foreach (var missing in new[] { "/plan/2023/targets/10-consumption/records", "/plan/2023/targets/6-mushroom-output/records", "/plan/2023/targets/no-such-key/records", "/plan/2031/targets/2-new-cattle/records" })
            Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync(missing)).Status);
    }

    private static Task SetPublicAsync(SearchSite site, bool value) => site.WithServicesAsync(async sp =>
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        var type = (await definitions.GetTypeAsync(nameof(IndustryProject)))!.Type;
        type.PublicVisible = value;
        await definitions.SaveTypeAsync(type);
    });

    /// <summary>An administrator adds a personal field to the project ledger (e.g. a contact's phone).</summary>
    private static Task AddPersonalContactFieldAsync(SearchSite site) => site.WithServicesAsync(async sp =>
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        var part = (await definitions.GetPartAsync(nameof(IndustryProject)))!;
        part.Fields.Add(new ContentFieldDefinition
        {
            Name = "ContactPhone", Label = "联系人电话", Kind = FieldKind.Text, Order = 89, Settings = new FieldSettings { Personal = true },
        });
        await definitions.SavePartAsync(part);
    });

    private static async Task<ContentItem> NewProjectAsync(IContentManager contents, string title)
    {
        var item = await contents.NewAsync(nameof(IndustryProject));
        item.DisplayText = title;
        item.Year = 2023;
        item.Set(nameof(IndustryProject.Industry), IndustryProject.Industries.Cattle)
            .Set(nameof(IndustryProject.Scope), "新建标准化牛棚，引进基础母牛，带动周边移民户养殖。")
            .Set(ProjectFields.Township, "黄花乡").Set(ProjectFields.Stage, "在建")
            .Set(nameof(ProjectRecord.Investment), 120m).Set("LinkageFund", 100m).Set("SocialFund", 20m)
            .Set(nameof(IndustryProject.NewCattle), 260m);
        return item;
    }

    private static Task<ContentItem> PublishedProjectAsync(SearchSite site, string title, string? contactPhone = null,
        StoredFile? photoAfter = null) =>
        site.WithContentAsync(async c =>
    {
        var item = await NewProjectAsync(c, title);
        if (contactPhone is not null) item.Set("ContactPhone", contactPhone);
        if (photoAfter is not null) item.Set(nameof(ProjectRecord.PhotosAfter), new System.Text.Json.Nodes.JsonArray(photoAfter.ToJson()));
        item.DepartmentId = await AgricultureAsync(site);
        var saved = await c.SaveDraftAsync(item, null);
        return await c.SubmitAndPublishAsync(saved.ContentItemId);
    });
}

using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Industry.Models;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Modules.Industry;

/// <summary>Computed targets of chapter 一 follow the published records, version by version.</summary>
public sealed class IndustryTargetTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task New_cattle_follows_a_projects_published_versions_and_never_a_draft(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await IndustryTestData.SeedPlanAsync(site);
        Assert.Equal(0m, await IndustryTestData.AchievedAsync(site, "2-new-cattle"));

        // A draft, and the same item submitted for review, count for nothing.
        var draft = await IndustryTestData.SaveAsync(site, await IndustryTestData.NewCattleProjectAsync(site, "园子村肉牛出户入园项目", 300));
        Assert.Equal(0m, await IndustryTestData.AchievedAsync(site, "2-new-cattle"));
        await site.WithContentAsync(c => c.SubmitAsync(draft.ContentItemId));
        Assert.Equal(0m, await IndustryTestData.AchievedAsync(site, "2-new-cattle"));

        await IndustryTestData.PublishAsync(site, draft.ContentItemId);
        var progress = await IndustryTestData.ProgressAsync(site, "2-new-cattle");
        Assert.Equal(300m, progress.Achieved);
        Assert.True(progress.Computed);
        Assert.Equal(25m, progress.Percent);
        Assert.Equal([draft.ContentItemId], progress.SourceItemIds);
        Assert.Contains("产业类别为“肉牛”", progress.Explanation);

        // An edit is a new draft: the published version keeps counting until the edit is published.
        var latest = Assert.IsType<ContentItem>(await site.WithContentAsync(c => c.GetLatestAsync(draft.ContentItemId)));
        latest.Set(nameof(IndustryProject.NewCattle), 450m);
        await site.WithContentAsync(c => c.SaveDraftAsync(latest, latest.ConcurrencyStamp));
        Assert.Equal(300m, await IndustryTestData.AchievedAsync(site, "2-new-cattle"));
        await IndustryTestData.PublishAsync(site, draft.ContentItemId);
        Assert.Equal(450m, await IndustryTestData.AchievedAsync(site, "2-new-cattle"));

        await site.WithContentAsync(c => c.UnpublishAsync(draft.ContentItemId, "数据有误"));
        Assert.Equal(0m, await IndustryTestData.AchievedAsync(site, "2-new-cattle"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Each_target_adds_up_only_its_own_industry_kind_and_year(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await IndustryTestData.SeedPlanAsync(site);
        await IndustryTestData.PublishedCattleProjectAsync(site, "红旗村肉牛养殖园区", 200);
        var lastYear = await IndustryTestData.NewCattleProjectAsync(site, "上年度项目", 999, year: 2022);
        await IndustryTestData.PublishAsync(site, (await IndustryTestData.SaveAsync(site, lastYear)).ContentItemId);
        await PublishAsync(site, "什字村林下仿生中药材", IndustryProject.Industries.Herbs, (nameof(IndustryProject.PlantedMu), 800m),
            kind: IndustryProject.PlantingKinds.UnderstoryHerbs);
        await PublishAsync(site, "张台村混播板蓝根", IndustryProject.Industries.Herbs, (nameof(IndustryProject.PlantedMu), 1200m),
            kind: IndustryProject.PlantingKinds.MixedHerbs);
        await PublishAsync(site, "羊槽村设施大棚", IndustryProject.Industries.CoolCrops, (nameof(IndustryProject.PlantedMu), 50m),
            kind: IndustryProject.PlantingKinds.Greenhouses);
        await PublishAsync(site, "兴盛片区蔬菜", IndustryProject.Industries.CoolCrops, (nameof(IndustryProject.PlantedMu), 1500m),
            kind: IndustryProject.PlantingKinds.Vegetables);
        await PublishAsync(site, "大湾乡庭院经济", IndustryProject.Industries.Courtyard, (nameof(IndustryProject.Households), 120m));
        await PublishAsync(site, "卡子村光伏二期", IndustryProject.Industries.CleanEnergy, (nameof(IndustryProject.IncomeYuan), 35000m));
        await PublishPurchaseAsync(site, 1_250_000m);
        await PublishPurchaseAsync(site, 750_000m);

        Assert.Equal(200m, await IndustryTestData.AchievedAsync(site, "2-new-cattle"));
        Assert.Equal(800m, await IndustryTestData.AchievedAsync(site, "5-understory-herbs-mu"));
        Assert.Equal(1200m, await IndustryTestData.AchievedAsync(site, "5-mixed-herbs-mu"));
        Assert.Equal(0m, await IndustryTestData.AchievedAsync(site, "5-seed-site-mu"));
        Assert.Equal(50m, await IndustryTestData.AchievedAsync(site, "7-greenhouses-mu"));
        Assert.Equal(1500m, await IndustryTestData.AchievedAsync(site, "7-vegetables-mu"));
        Assert.Equal(1550m, await IndustryTestData.AchievedAsync(site, "7-cool-crops-mu"));
        Assert.Equal(120m, await IndustryTestData.AchievedAsync(site, "8-courtyard-households"));
        Assert.Equal(0m, await IndustryTestData.AchievedAsync(site, "6-courtyard-households"));
        Assert.Equal(35000m, await IndustryTestData.AchievedAsync(site, "9-collective-income"));
        Assert.Equal(2_000_000m, await IndustryTestData.AchievedAsync(site, "10-consumption"));
        // 年产菌菇 is not computed: it still waits for a progress report.
        Assert.False((await IndustryTestData.ProgressAsync(site, "6-mushroom-output")).Computed);
    }

    private static async Task PublishAsync(CmsWebFactory site, string title, string industry, (string Field, decimal Value) quantity,
        string? kind = null)
    {
        var item = await site.WithContentAsync(c => c.NewAsync(nameof(IndustryProject)));
        item.DisplayText = title;
        item.Year = IndustryTestData.Year;
        item.Set(nameof(IndustryProject.Industry), industry).Set(nameof(IndustryProject.PlantingKind), kind)
            .Set(ProjectFields.Township, "新民乡").Set(ProjectFields.Stage, "完工")
            .Set(quantity.Field, quantity.Value);
        await IndustryTestData.PublishAsync(site, (await IndustryTestData.SaveAsync(site, item)).ContentItemId);
    }

    private static async Task PublishPurchaseAsync(CmsWebFactory site, decimal amount)
    {
        var item = await site.WithContentAsync(c => c.NewAsync(nameof(ConsumptionPurchase)));
        item.DisplayText = $"县直单位采购 {amount}";
        item.Year = IndustryTestData.Year;
        item.Set(nameof(ConsumptionPurchase.BuyingUnit), "县财政局").Set(nameof(ConsumptionPurchase.Seller), "泾光村养蜂合作社")
            .Set(nameof(ConsumptionPurchase.SellerKind), "合作社").Set(nameof(ConsumptionPurchase.Product), "六盘山蜂蜜")
            .Set(nameof(ConsumptionPurchase.AmountYuan), amount).Set(nameof(ConsumptionPurchase.PurchaseDate), "2023-06-18");
        await IndustryTestData.PublishAsync(site, (await IndustryTestData.SaveAsync(site, item)).ContentItemId);
    }
}

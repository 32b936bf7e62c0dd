using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Industry.Models;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Modules.Industry;

/// <summary>Rules of the chapter's records that hold whoever writes them; errors name the field.</summary>
public sealed class IndustryValidationTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Funding_sources_must_add_up_to_the_total_investment(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var project = await IndustryTestData.NewCattleProjectAsync(site, "园子村肉牛养殖园区", 0);
        project.Set(nameof(ProjectRecord.Investment), 500m).Set("LinkageFund", 300m).Set("MinningFund", 150m);

        var errors = await IndustryTestData.ErrorsAsync(site, project);
        Assert.Equal([nameof(ProjectRecord.Investment)], errors.Keys);
        Assert.Contains("各资金来源合计 450 万元，与总投资 500 万元不一致", errors[nameof(ProjectRecord.Investment)].Single());
        await Assert.ThrowsAsync<ContentValidationException>(() => IndustryTestData.SaveAsync(site, project));

        // Sources without a total are refused as well: the total is what lists add up.
        project.Set(nameof(ProjectRecord.Investment), null);
        Assert.Contains("（未填写）", (await IndustryTestData.ErrorsAsync(site, project))[nameof(ProjectRecord.Investment)].Single());

        project.Set(nameof(ProjectRecord.Investment), 500m).Set("SocialFund", 20m).Set("FinancialFund", 30m);
        Assert.Empty(await IndustryTestData.ErrorsAsync(site, project));
        var saved = await IndustryTestData.SaveAsync(site, project);
        Assert.Equal(500m, saved.GetNumber(nameof(ProjectRecord.Investment)));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_project_cannot_finish_before_it_starts_nor_deliver_while_planned(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var project = await IndustryTestData.NewCattleProjectAsync(site, "红旗村肉牛养殖园区", 120, stage: ProjectFields.Planned);
        project.Set(nameof(ProjectRecord.StartDate), "2023-06-01").Set(nameof(ProjectRecord.FinishDate), "2023-05-31");

        var errors = await IndustryTestData.ErrorsAsync(site, project);
        Assert.Equal(["完工日期不能早于开工日期"], errors[nameof(ProjectRecord.FinishDate)]);
        Assert.Contains("计划阶段的项目尚无完成量", errors[nameof(IndustryProject.NewCattle)].Single());
        Assert.Equal(2, errors.Count);

        project.Set(nameof(ProjectRecord.FinishDate), "2023-06-01").Set(ProjectFields.Stage, "在建");
        Assert.Empty(await IndustryTestData.ErrorsAsync(site, project));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_task_follows_the_industry_and_a_planted_area_names_its_kind(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var cattle = await IndustryTestData.NewCattleProjectAsync(site, "肉牛项目", 10);
        cattle.Set(nameof(IndustryProject.Task), "任务9");
        Assert.Equal("任务2", (await IndustryTestData.SaveAsync(site, cattle)).GetText(nameof(IndustryProject.Task)));

        var herbs = await IndustryTestData.NewCattleProjectAsync(site, "什字村林下中药材", 0);
        herbs.Set(nameof(IndustryProject.Industry), IndustryProject.Industries.Herbs).Set(nameof(IndustryProject.PlantedMu), 300m);
        Assert.Equal([nameof(IndustryProject.PlantingKind)], (await IndustryTestData.ErrorsAsync(site, herbs)).Keys);

        herbs.Set(nameof(IndustryProject.PlantingKind), IndustryProject.PlantingKinds.Greenhouses);
        Assert.Contains("只适用于冷凉果蔬项目", (await IndustryTestData.ErrorsAsync(site, herbs))[nameof(IndustryProject.PlantingKind)].Single());

        herbs.Set(nameof(IndustryProject.PlantingKind), IndustryProject.PlantingKinds.UnderstoryHerbs);
        Assert.Equal("任务5", (await IndustryTestData.SaveAsync(site, herbs)).GetText(nameof(IndustryProject.Task)));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_purchase_is_dated_within_its_year(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var purchase = await site.WithContentAsync(c => c.NewAsync(nameof(ConsumptionPurchase)));
        purchase.DisplayText = "县医院食堂采购";
        purchase.Year = 2023;
        purchase.Set(nameof(ConsumptionPurchase.BuyingUnit), "县人民医院").Set(nameof(ConsumptionPurchase.Seller), "马河滩村菌菇合作社")
            .Set(nameof(ConsumptionPurchase.SellerKind), "合作社").Set(nameof(ConsumptionPurchase.Product), "香菇")
            .Set(nameof(ConsumptionPurchase.AmountYuan), 36000m).Set(nameof(ConsumptionPurchase.PurchaseDate), "2022-12-30");

        Assert.Equal([nameof(ConsumptionPurchase.PurchaseDate)], (await IndustryTestData.ErrorsAsync(site, purchase)).Keys);
        purchase.Set(nameof(ConsumptionPurchase.PurchaseDate), "2023-01-03");
        Assert.Empty(await IndustryTestData.ErrorsAsync(site, purchase));
    }
}

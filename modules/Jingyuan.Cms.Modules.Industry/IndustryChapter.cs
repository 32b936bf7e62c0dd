using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Modules.Industry.Models;
using Industries = Jingyuan.Cms.Modules.Industry.Models.IndustryProject.Industries;
using Plantings = Jingyuan.Cms.Modules.Industry.Models.IndustryProject.PlantingKinds;

namespace Jingyuan.Cms.Modules.Industry;

/// <summary>
/// （一）提升产业发展水平, tasks 1–10: the ledgers of the chapter and how their published records of a
/// year add up to each computed target of the plan (keys as in seeds/plan-2023.recipe.json).
/// Delivered quantities are what is done so far, so projects under construction count with what
/// they have delivered; a planned project cannot carry any (IndustryProjectHandler), so it adds nothing.
/// </summary>
public static class IndustryChapter
{
    public const string ModuleId = "Industry";

    public static readonly ChapterDescriptor Descriptor = new()
    {
        ModuleId = ModuleId,
        Slug = "industry",
        Title = "产业发展",
        RecordTypes = [IndustryProject.Name, TourismOperator.Name, ConsumptionPurchase.Name],
        FilterFields = [IndustryProject.Industry, IndustryProject.Task, ProjectFields.Township, ProjectFields.Stage, TourismOperator.OperatorType, ConsumptionPurchase.SellerKind],
        Rules =
        [
            // 任务2 肉牛
            Sum("2-parks", IndustryProject.Parks, Industries.Cattle),
            Sum("2-breeding-cows", IndustryProject.BreedingCows, Industries.Cattle),
            Sum("2-new-cattle", IndustryProject.NewCattle, Industries.Cattle),
            // 任务3 大湾乡肉羊
            Sum("3-sheep-farms", IndustryProject.SheepFarms, Industries.Sheep),
            Sum("3-forage-mu", IndustryProject.ForageMu, Industries.Sheep),
            Sum("3-ewes", IndustryProject.Ewes, Industries.Sheep),
            // 任务4 中蜂
            Sum("4-bee-farms", IndustryProject.BeeFarms, Industries.Bees),
            Sum("4-bee-colonies", IndustryProject.BeeColonies, Industries.Bees),
            // 任务5 中药材: the three plantings are told apart by 种植类型.
            Sum("5-understory-herbs-mu", IndustryProject.PlantedMu, Industries.Herbs, Plantings.UnderstoryHerbs),
            Sum("5-seed-sites", IndustryProject.SeedSites, Industries.Herbs),
            Sum("5-seed-site-mu", IndustryProject.PlantedMu, Industries.Herbs, Plantings.HerbSeedSite),
            Sum("5-mixed-herbs-mu", IndustryProject.PlantedMu, Industries.Herbs, Plantings.MixedHerbs),
            // 任务6 菌菇 (年产菌菇 is reported, not computed)
            Sum("6-workshops", IndustryProject.Workshops, Industries.Mushrooms),
            Sum("6-bags", IndustryProject.MushroomBags, Industries.Mushrooms),
            Sum("6-courtyard-households", IndustryProject.Households, Industries.Mushrooms),
            // 任务7 冷凉果蔬: the county-wide area counts every planting kind, the greenhouses included.
            Sum("7-vegetables-mu", IndustryProject.PlantedMu, Industries.CoolCrops, Plantings.Vegetables),
            Sum("7-greenhouses-mu", IndustryProject.PlantedMu, Industries.CoolCrops, Plantings.Greenhouses),
            Sum("7-cool-crops-mu", IndustryProject.PlantedMu, Industries.CoolCrops),
            // 任务8 庭院经济
            Sum("8-courtyard-households", IndustryProject.Households, Industries.Courtyard),
            // 任务9 光伏等清洁能源
            Sum("9-collective-income", IndustryProject.IncomeYuan, Industries.CleanEnergy),
            // 任务10 消费帮扶
            TargetRule.Sum("10-consumption", ConsumptionPurchase.Name, ConsumptionPurchase.AmountYuan),
        ],
    };

    // Explanations are generated from the rules (产业类别为“肉牛”的已发布产业项目“新增肉牛”之和).
    private static TargetRule Sum(string key, string field, string industry, string? plantingKind = null) =>
        plantingKind is null
            ? TargetRule.Sum(key, IndustryProject.Name, field, FieldCondition.OneOf(IndustryProject.Industry, industry))
            : TargetRule.Sum(key, IndustryProject.Name, field, FieldCondition.OneOf(IndustryProject.Industry, industry),
                FieldCondition.OneOf(IndustryProject.PlantingKind, plantingKind));
}

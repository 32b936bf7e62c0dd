using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Modules.Industry.Models;
using Industries = Jingyuan.Cms.Modules.Industry.Models.IndustryProject.Industries;
using Plantings = Jingyuan.Cms.Modules.Industry.Models.IndustryProject.PlantingKinds;

namespace Jingyuan.Cms.Modules.Industry;

/// <summary>
/// How the chapter's ledgers add up to the plan's computed targets, task by task. Explanations are
/// generated from the rules (产业类别为“肉牛”的已发布产业项目“新增肉牛”之和).
/// </summary>
internal static class IndustryRules
{
    public static readonly TargetRule[] All =
    [
        // 任务2 肉牛
        Sum("2-parks", nameof(IndustryProject.Parks), Industries.Cattle),
        Sum("2-breeding-cows", nameof(IndustryProject.BreedingCows), Industries.Cattle),
        Sum("2-new-cattle", nameof(IndustryProject.NewCattle), Industries.Cattle),
        // 任务3 大湾乡肉羊
        Sum("3-sheep-farms", nameof(IndustryProject.SheepFarms), Industries.Sheep),
        Sum("3-forage-mu", nameof(IndustryProject.ForageMu), Industries.Sheep),
        Sum("3-ewes", nameof(IndustryProject.Ewes), Industries.Sheep),
        // 任务4 中蜂
        Sum("4-bee-farms", nameof(IndustryProject.BeeFarms), Industries.Bees),
        Sum("4-bee-colonies", nameof(IndustryProject.BeeColonies), Industries.Bees),
        // 任务5 中药材: the three plantings are told apart by 种植类型.
        Sum("5-understory-herbs-mu", nameof(IndustryProject.PlantedMu), Industries.Herbs, Plantings.UnderstoryHerbs),
        Sum("5-seed-sites", nameof(IndustryProject.SeedSites), Industries.Herbs),
        Sum("5-seed-site-mu", nameof(IndustryProject.PlantedMu), Industries.Herbs, Plantings.HerbSeedSite),
        Sum("5-mixed-herbs-mu", nameof(IndustryProject.PlantedMu), Industries.Herbs, Plantings.MixedHerbs),
        // 任务6 菌菇 (年产菌菇 is reported, not computed)
        Sum("6-workshops", nameof(IndustryProject.Workshops), Industries.Mushrooms),
        Sum("6-bags", nameof(IndustryProject.MushroomBags), Industries.Mushrooms),
        Sum("6-courtyard-households", nameof(IndustryProject.Households), Industries.Mushrooms),
        // 任务7 冷凉果蔬: the county-wide area counts every planting kind, the greenhouses included.
        Sum("7-vegetables-mu", nameof(IndustryProject.PlantedMu), Industries.CoolCrops, Plantings.Vegetables),
        Sum("7-greenhouses-mu", nameof(IndustryProject.PlantedMu), Industries.CoolCrops, Plantings.Greenhouses),
        Sum("7-cool-crops-mu", nameof(IndustryProject.PlantedMu), Industries.CoolCrops),
        // 任务8 庭院经济
        Sum("8-courtyard-households", nameof(IndustryProject.Households), Industries.Courtyard),
        // 任务9 光伏等清洁能源
        Sum("9-collective-income", nameof(IndustryProject.IncomeYuan), Industries.CleanEnergy),
        // 任务10 消费帮扶
        TargetRule.Sum("10-consumption", nameof(ConsumptionPurchase), nameof(ConsumptionPurchase.AmountYuan)),
    ];

    private static TargetRule Sum(string key, string field, string industry, string? plantingKind = null) =>
        TargetRule.Sum(key, nameof(IndustryProject), field,
        [
            FieldCondition.OneOf(nameof(IndustryProject.Industry), industry),
            .. plantingKind is null ? [] : new[] { FieldCondition.OneOf(nameof(IndustryProject.PlantingKind), plantingKind) },
        ]);
}

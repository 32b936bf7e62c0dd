namespace Jingyuan.Cms.Modules.Industry.Models;

/// <summary>
/// 产业项目: names of the type and its own fields, and the options as stored (Chinese labels).
/// The shared project fields (乡镇, 投资及来源, 日期, 阶段, 照片) are <see cref="Chapters.ProjectFields"/>.
/// </summary>
public static class IndustryProject
{
    public const string Name = "IndustryProject";

    public const string Industry = "Industry";
    public const string Task = "Task";
    public const string PlantingKind = "PlantingKind";
    public const string Scope = "Scope";

    // Delivered quantities: what is done so far, which the chapter's targets add up.
    public const string Parks = "Parks";
    public const string BreedingCows = "BreedingCows";
    public const string NewCattle = "NewCattle";
    public const string SheepFarms = "SheepFarms";
    public const string Ewes = "Ewes";
    public const string ForageMu = "ForageMu";
    public const string BeeFarms = "BeeFarms";
    public const string BeeColonies = "BeeColonies";
    public const string PlantedMu = "PlantedMu";
    public const string SeedSites = "SeedSites";
    public const string Workshops = "Workshops";
    public const string MushroomBags = "MushroomBags";
    public const string Households = "Households";
    public const string IncomeYuan = "IncomeYuan";

    /// <summary>The delivered quantities with their labels and units, in form order.</summary>
    public static readonly IReadOnlyList<(string Name, string Label, string Unit)> Quantities =
    [
        (Parks, "建成养殖园区", "个"),
        (BreedingCows, "基础母牛扩栏", "头"),
        (NewCattle, "新增肉牛", "头"),
        (SheepFarms, "建成肉羊养殖场", "座"),
        (Ewes, "引进基础母羊", "只"),
        (ForageMu, "饲草料种植", "亩"),
        (BeeFarms, "建成标准化蜂场", "个"),
        (BeeColonies, "分蜂扩繁", "群"),
        (PlantedMu, "种植面积", "亩"),
        (SeedSites, "良种繁育示范点", "处"),
        (Workshops, "改造提升菌菇车间", "个"),
        (MushroomBags, "生产菌棒", "袋"),
        (Households, "带动庭院种养户", "户"),
        (IncomeYuan, "村集体增收", "元"),
    ];

    public static string LabelOf(string quantity) => Quantities.First(q => q.Name == quantity).Label;

    /// <summary>The industries of tasks 1–10, in task order: the n-th industry is 任务n.</summary>
    public static class Industries
    {
        public const string Tourism = "旅游";
        public const string Cattle = "肉牛";
        public const string Sheep = "肉羊";
        public const string Bees = "中蜂";
        public const string Herbs = "中药材";
        public const string Mushrooms = "菌菇";
        public const string CoolCrops = "冷凉果蔬";
        public const string Courtyard = "庭院经济";
        public const string CleanEnergy = "光伏/清洁能源";
        public const string Consumption = "消费帮扶";

        public static readonly IReadOnlyList<string> All =
            [Tourism, Cattle, Sheep, Bees, Herbs, Mushrooms, CoolCrops, Courtyard, CleanEnergy, Consumption];
    }

    public static readonly IReadOnlyList<string> Tasks = [.. Enumerable.Range(1, 10).Select(TaskLabel)];

    public static string TaskLabel(int number) => $"任务{number}";

    /// <summary>The task an industry serves; null for a value that is not an industry.</summary>
    public static string? TaskOf(string? industry) =>
        Industries.All.ToList().IndexOf(industry ?? "") is var i and >= 0 ? TaskLabel(i + 1) : null;

    /// <summary>Which planting a herb or vegetable area is: it decides which target of task 5 or 7 it counts toward.</summary>
    public static class PlantingKinds
    {
        public const string UnderstoryHerbs = "林下仿生中药材";
        public const string HerbSeedSite = "中药材良种繁育";
        public const string MixedHerbs = "混播中药材";
        public const string Vegetables = "片区蔬菜种植";
        public const string Greenhouses = "设施大棚";
        public const string Other = "其他种植";

        public static readonly IReadOnlyList<string> All = [UnderstoryHerbs, HerbSeedSite, MixedHerbs, Vegetables, Greenhouses, Other];

        /// <summary>The industry a kind belongs to; <see cref="Other"/> fits both planting industries.</summary>
        public static string? IndustryOf(string kind) => kind switch
        {
            UnderstoryHerbs or HerbSeedSite or MixedHerbs => Industries.Herbs,
            Vegetables or Greenhouses => Industries.CoolCrops,
            _ => null,
        };
    }
}

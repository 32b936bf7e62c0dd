using Jingyuan.Cms.Chapters;

namespace Jingyuan.Cms.Modules.Industry.Models;

/// <summary>
/// 产业项目 (tasks 1–10): the shared project fields (<see cref="ProjectRecord"/>), the industry and task,
/// and the delivered quantities — what is done so far — that the chapter's targets add up.
/// </summary>
public sealed class IndustryProject : ProjectRecord
{
    public string? Industry { get; set; }
    /// <summary>Derived from <see cref="Industry"/> (IndustryProjectHandler), never typed.</summary>
    public string? Task { get; set; }
    public string? PlantingKind { get; set; }
    public string? Scope { get; set; }

    public decimal? Parks { get; set; }
    public decimal? BreedingCows { get; set; }
    public decimal? NewCattle { get; set; }
    public decimal? SheepFarms { get; set; }
    public decimal? Ewes { get; set; }
    public decimal? ForageMu { get; set; }
    public decimal? BeeFarms { get; set; }
    public decimal? BeeColonies { get; set; }
    public decimal? PlantedMu { get; set; }
    public decimal? SeedSites { get; set; }
    public decimal? Workshops { get; set; }
    public decimal? MushroomBags { get; set; }
    public decimal? Households { get; set; }
    public decimal? IncomeYuan { get; set; }

    /// <summary>The delivered quantities, in form order: a planned project has none yet.</summary>
    public IEnumerable<(string Field, decimal? Value)> Quantities() =>
    [
        (nameof(Parks), Parks), (nameof(BreedingCows), BreedingCows), (nameof(NewCattle), NewCattle),
        (nameof(SheepFarms), SheepFarms), (nameof(Ewes), Ewes), (nameof(ForageMu), ForageMu),
        (nameof(BeeFarms), BeeFarms), (nameof(BeeColonies), BeeColonies), (nameof(PlantedMu), PlantedMu),
        (nameof(SeedSites), SeedSites), (nameof(Workshops), Workshops), (nameof(MushroomBags), MushroomBags),
        (nameof(Households), Households), (nameof(IncomeYuan), IncomeYuan),
    ];

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

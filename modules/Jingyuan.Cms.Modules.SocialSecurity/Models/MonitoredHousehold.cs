using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Modules.SocialSecurity.Models;

/// <summary>防返贫监测对象 (task 21): a monitored household (the person is its head), its risks and measures.</summary>
public sealed class MonitoredHousehold : PersonRecord
{
    public decimal? HouseholdSize { get; set; }
    public string? Category { get; set; }
    public IReadOnlyList<string>? Risks { get; set; }
    public string? Measures { get; set; }
    public DateOnly? MeasuresDate { get; set; }
    public bool? RiskEliminated { get; set; }
    public DateOnly? EliminatedOn { get; set; }

    public static readonly IReadOnlyList<string> Categories = ["脱贫不稳定户", "边缘易致贫户", "突发严重困难户"];
    public static readonly IReadOnlyList<string> RiskKinds = ["因病", "因学", "因残", "因灾", "因意外", "缺劳力", "其他"];
}

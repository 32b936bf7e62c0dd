using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Modules.SocialSecurity.Models;

/// <summary>低保、特困或临时救助 (task 21): one assistance case and its monthly amount over its period.</summary>
public sealed class AssistanceCase : PersonRecord
{
    public decimal? HouseholdSize { get; set; }
    public string? Kind { get; set; }
    public decimal? MonthlyAmountYuan { get; set; }
    public DateOnly? FromDate { get; set; }
    public DateOnly? ToDate { get; set; }
    public string? Township { get; set; }

    public static readonly IReadOnlyList<string> Kinds = ["低保", "特困", "临时救助"];
}

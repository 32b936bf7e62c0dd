using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Modules.SocialSecurity.Models;

/// <summary>灵活就业社保补贴 (task 20): a subsidy paid to a migrant recognised as hard to employ.</summary>
public sealed class FlexibleEmploymentSubsidy : PersonRecord
{
    public decimal? Months { get; set; }
    public decimal? AmountYuan { get; set; }
}

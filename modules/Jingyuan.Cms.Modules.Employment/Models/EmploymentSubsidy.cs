using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Modules.Employment.Models;

/// <summary>就业补贴发放 (task 13): one payment of a policy to a person, so 应享尽享 can be checked against the ledger.</summary>
public sealed class EmploymentSubsidy : PersonRecord
{
    public string? Policy { get; set; }
    public decimal? AmountYuan { get; set; }
    public DateOnly? PaidOn { get; set; }
}

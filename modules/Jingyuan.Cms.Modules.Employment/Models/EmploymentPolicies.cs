namespace Jingyuan.Cms.Modules.Employment.Models;

/// <summary>The employment and business-start policies of task 13 that eligible labour migrants enjoy (应享尽享).</summary>
public static class EmploymentPolicies
{
    public static readonly IReadOnlyList<string> All = ["创业担保贷款", "稳岗补贴", "交通补贴", "自主创业补贴", "社保补贴", "帮扶车间补贴"];
}

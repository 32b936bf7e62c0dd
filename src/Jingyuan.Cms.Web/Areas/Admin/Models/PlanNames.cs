using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>Chinese source strings for the plan's enums; views pass them through the localizer.</summary>
public static class PlanNames
{
    public static string Of(TargetComparison comparison) => comparison switch
    {
        TargetComparison.AtLeast => "不少于",
        TargetComparison.Exactly => "等于",
        TargetComparison.AtMost => "不超过",
        _ => "约",
    };

    public static string Of(TargetSource source) => source == TargetSource.Computed ? "自动计算" : "填报";

    public static string Of(ReportCadence cadence) => cadence == ReportCadence.Quarterly ? "季报" : "月报";

    public static string Of(SiteKind kind) => kind == SiteKind.Key ? "重点" : "一般";

    public static string Of(ProgressLight light) => light switch
    {
        ProgressLight.Green => "正常",
        ProgressLight.Yellow => "滞后",
        _ => "严重滞后",
    };
}

namespace Jingyuan.Cms.Web.Portal;

/// <summary>
/// Published wording of how the portal's figures are computed, in one place so the pages, the
/// downloads and the code (<see cref="Completion"/>) say the same thing. Keys of the localizer.
/// </summary>
public static class PortalText
{
    public const string CompletionMethod =
        "完成率为各项量化指标完成率的算术平均值：单项完成率 = 已审核完成值 ÷ 目标值，超过100%的按100%计；" +
        "“不超过”类指标达标计100%、未达标计0%；尚无审核数据的指标按0%计。总体完成率按全年全部指标计算，各方面（章节）完成率按该方面的全部指标计算。";

    public const string TaskLightMethod =
        "任务状态取该任务各项指标中最差的一项（红灯优先于黄灯，黄灯优先于绿灯）；未设量化指标的任务不评估。";

    public const string DataScope = "本专栏只公布审核通过并发布的进度数据；草稿、待审核、已退回和已撤回的报送均不公开。";
}

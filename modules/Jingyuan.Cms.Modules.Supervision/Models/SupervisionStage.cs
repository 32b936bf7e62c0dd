namespace Jingyuan.Cms.Modules.Supervision.Models;

/// <summary>
/// The closed loop: 立项 → 交办 → 签收 → 办理 (several entries) → 反馈 → 复核 (退回 to 办理, or 办结/销号).
/// Stages and step kinds are stored as their Chinese names.
/// </summary>
public static class SupervisionStage
{
    public const string Registered = "立项";
    public const string Assigned = "交办";
    public const string Acknowledged = "签收";
    public const string InProgress = "办理";
    public const string Reported = "反馈";
    public const string Closed = "办结";

    /// <summary>A step kind only: 复核 returned the report; the stage goes back to 办理.</summary>
    public const string Returned = "退回";

    public static readonly IReadOnlyList<string> All = [Registered, Assigned, Acknowledged, InProgress, Reported, Closed];

    /// <summary>Stages in which the lead unit still owes work (reminders and lights speak to it).</summary>
    public static readonly IReadOnlyList<string> UnitOwesWork = [Assigned, Acknowledged, InProgress];

    /// <summary>Days the lead unit has to acknowledge an assigned item, in working days.</summary>
    public const int SignWorkingDays = 2;

    /// <summary>The light turns yellow this many working days before the deadline.</summary>
    public const int YellowWorkingDays = 3;
}

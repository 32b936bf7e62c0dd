using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Progress;

public enum ReportState
{
    /// <summary>The period has ended, its due day has not passed and nothing is filed yet.</summary>
    Due,
    /// <summary>Filed by the due day.</summary>
    OnTime,
    /// <summary>Filed, but after the due day (迟报).</summary>
    Late,
    /// <summary>The due day has passed and nothing is filed (漏报).</summary>
    Missing,
}

/// <summary>One report a unit owes: a reported target of its task, for one period, due on a day.</summary>
public sealed record ReportObligation(
    PlanTask Task, PlanTarget Target, int DepartmentId, ReportPeriod Period, DateOnly DueOn, ReportState State, DateOnly? FiledOn)
{
    /// <summary>Counted in 考核: the due day has passed, or the report is already in.</summary>
    public bool IsAssessed => State != ReportState.Due;

    /// <summary>Stable identity for reminders: target, unit and period never change for an obligation.</summary>
    public string Key => $"report:{Target.Id}:{DepartmentId}:{Period}";
}

namespace Jingyuan.Cms.Plan;

/// <summary>What an editor submits for a year's header (the chapters are edited one by one).</summary>
public sealed record PlanYearInput(
    int Year, string Title, string IssuedBy, DateOnly? IssuedOn, string Goals, IReadOnlyList<Safeguard> Safeguards,
    string DocumentNumber = "");

public sealed record PlanChapterInput(int Number, string Title, string Summary = "", string? ModuleId = null);

public sealed record PlanTaskInput(
    int Number, string Title, string Text,
    IReadOnlyList<int> LeadUnitIds, IReadOnlyList<int> ResponsibleUnitIds, IReadOnlyList<string> Places);

public sealed record PlanTargetInput(
    string Key, string Description, string Unit, decimal TargetValue,
    TargetComparison Comparison, TargetSource Source, int SortOrder = 0,
    ReportCadence Cadence = ReportCadence.Monthly, int DueDay = PlanTarget.DefaultDueDay);

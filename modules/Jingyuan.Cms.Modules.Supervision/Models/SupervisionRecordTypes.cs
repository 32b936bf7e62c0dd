namespace Jingyuan.Cms.Modules.Supervision.Models;

/// <summary>督查轮次: when, who inspected, which units; its findings are 督办事项 linked back to it.</summary>
public static class InspectionRoundType
{
    public const string Name = "InspectionRound";
    public const string HeldOn = "HeldOn";
    public const string Inspectors = "Inspectors";
    public const string UnitsInspected = "UnitsInspected";
    public const string Summary = "Summary";

    public static string AdminUrl(string contentItemId) => $"/admin/supervision/rounds/{contentItemId}";
}

/// <summary>包抓走访记录: a 包抓 leader of the site (of the visit's year) visited it and found something.</summary>
public static class LeaderVisitType
{
    public const string Name = "LeaderVisit";
    public const string Leader = "Leader";
    public const string SiteId = "SiteId";
    public const string VisitedOn = "VisitedOn";
    public const string Findings = "Findings";

    public static string AdminUrl(string contentItemId) => $"/admin/supervision/visits/{contentItemId}";
}

/// <summary>督办通报 as issued: 文号, date, period, the text and the generated .docx.</summary>
public static class SupervisionCircularType
{
    public const string Name = "SupervisionCircular";
    public const string DocumentNumber = "DocumentNumber";
    public const string IssuedOn = "IssuedOn";
    public const string PeriodStart = "PeriodStart";
    public const string PeriodEnd = "PeriodEnd";
    public const string Body = "Body";
    public const string Document = "Document";
}

namespace Jingyuan.Cms.Modules.Supervision.Models;

/// <summary>Names of the 督办事项 content type and its fields, and the choices as stored (Chinese labels).</summary>
public static class SupervisionItemType
{
    public const string Name = "SupervisionItem";

    public const string Source = "Source";
    public const string Content = "Content";
    public const string PlanTaskId = "PlanTaskId";
    public const string SiteId = "SiteId";
    /// <summary>The 督查轮次 or 包抓走访记录 the item was raised from.</summary>
    public const string SourceRecord = "SourceRecord";
    public const string OtherProblem = "OtherProblem";
    /// <summary>Ids of the assisting units, comma separated (a department field holds one unit only).</summary>
    public const string AssistingUnits = "AssistingUnits";
    public const string Deadline = "Deadline";
    public const string Priority = "Priority";
    public const string Stage = "Stage";
    public const string AssignedOn = "AssignedOn";
    public const string SignDue = "SignDue";
    // The light's turning days, computed by working days at every step so lists filter on them in SQL.
    public const string YellowFrom = "YellowFrom";
    public const string RedFrom = "RedFrom";
    public const string ClosedOn = "ClosedOn";
    public const string ReturnCount = "ReturnCount";
    /// <summary>The loop's steps as JSON (see <see cref="SupervisionStep"/>); written by the module only.</summary>
    public const string Steps = "Steps";
    public const string Evidence = "Evidence";

    public const string FromRound = "督查轮次";
    public const string FromMeeting = "领导小组会议";
    public const string FromVisit = "包抓走访";
    public const string FromMessage = "群众留言";
    public const string FromOther = "其他";
    public static readonly IReadOnlyList<string> Sources = [FromRound, FromMeeting, FromVisit, FromMessage, FromOther];

    public static readonly IReadOnlyList<string> Priorities = ["一般", "重要", "紧急"];

    public static string AdminUrl(string contentItemId) => $"/admin/supervision/items/{contentItemId}";
}

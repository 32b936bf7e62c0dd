namespace Jingyuan.Cms.Web.Portal;

/// <summary>
/// The content type and field names of a progress report (进度报送) as the public pages read them.
/// A report is an ordinary content item: <see cref="Content.ContentItem.Year"/> is the plan year and
/// <see cref="Content.ContentItem.DepartmentId"/> the reporting unit. The portal reads published
/// versions only; the narrative is never shown (it may name people).
/// </summary>
public static class ProgressReportFields
{
    public const string Type = "ProgressReport";
    /// <summary>Id of the <see cref="Plan.PlanTask"/>.</summary>
    public const string TaskId = "TaskId";
    /// <summary>Id of the <see cref="Plan.PlanTarget"/>.</summary>
    public const string TargetId = "TargetId";
    /// <summary>报送期间, e.g. 2023年6月.</summary>
    public const string Period = "Period";
    public const string Value = "Value";
    /// <summary>Free text; not published by the portal.</summary>
    public const string Narrative = "Narrative";
    /// <summary>Photos and documents (Files field).</summary>
    public const string Evidence = "Evidence";
}

namespace Jingyuan.Cms.Progress;

/// <summary>
/// The ProgressReport content type (进度报告): a department's cumulative achieved-to-date figure
/// for one target of one task, for a month or a quarter. Names here are stored in the database.
/// </summary>
public static class ProgressReportType
{
    public const string Name = "ProgressReport";

    public const string TaskId = "TaskId";
    public const string TargetId = "TargetId";
    public const string Period = "Period";
    public const string Value = "Value";
    public const string Narrative = "Narrative";
    public const string Evidence = "Evidence";

    public static readonly IReadOnlyList<string> EvidenceExtensions = [".jpg", ".jpeg", ".png", ".pdf"];
    public const Content.FileKinds EvidenceKinds = Content.FileKinds.Images | Content.FileKinds.Pdf;
    public const long EvidenceMaxBytes = 10 * 1024 * 1024;
    public const int EvidenceMaxFiles = 9;

    public const string ApprovedIsFinal = "已审核通过的进度数据不能修改；如需更正，请新建一条更正报告";
    public const string ApprovedCannotBeDeleted = "已审核通过的进度数据不能删除；如需更正，请新建一条更正报告";
}

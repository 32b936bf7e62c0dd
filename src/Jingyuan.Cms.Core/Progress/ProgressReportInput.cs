namespace Jingyuan.Cms.Progress;

/// <summary>What a unit reports through the progress form. The task comes from the URL.</summary>
public sealed record ProgressReportInput
{
    public int? TargetId { get; init; }
    /// <summary>"2023-05" or "2023-Q2".</summary>
    public string? Period { get; init; }
    public decimal? Value { get; init; }
    public string? Narrative { get; init; }
    /// <summary>Chosen by users who see every department (reviewers); an editor always reports for their own.</summary>
    public int? DepartmentId { get; init; }
    public IReadOnlyList<ReportUpload> Evidence { get; init; } = [];
    /// <summary>提交审核 rather than 保存草稿.</summary>
    public bool Submit { get; init; }
}

/// <summary>An uploaded evidence file, not yet stored.</summary>
public sealed record ReportUpload(string FileName, long Length, Func<Stream> OpenReadStream);

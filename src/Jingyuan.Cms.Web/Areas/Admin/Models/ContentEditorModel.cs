using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>What the generated create/edit form needs: the type, the values, and the choice lists.</summary>
public sealed class ContentEditorModel
{
    public required ResolvedContentType Type { get; init; }
    public required ContentItem Item { get; init; }
    public bool IsNew { get; init; }
    /// <summary>Stamp of the version the editor opened; sent back to detect concurrent saves.</summary>
    public string? Stamp { get; init; }
    public IReadOnlyList<Department> Departments { get; init; } = [];
    public IReadOnlyList<ResettlementSite> Sites { get; init; } = [];
    /// <summary>Null when the user may choose any department.</summary>
    public int? FixedDepartmentId { get; init; }
    public string? ConflictMessage { get; init; }
    /// <summary>Whether "显示" is offered next to masked personal values.</summary>
    public bool CanRevealPersonal { get; init; }
}

public sealed class ContentListModel
{
    public required PagedResult<ContentItem> Result { get; init; }
    public required IReadOnlyList<ContentTypeDefinition> Types { get; init; }
    public required IReadOnlyList<Department> Departments { get; init; }
    public string? Type { get; init; }
    public ContentStatus? Status { get; init; }
    public int? DepartmentId { get; init; }
    public int? Year { get; init; }
    public string? Text { get; init; }
    public bool DepartmentScoped { get; init; }
    /// <summary>The viewer reviews, and the list shows submitted items: they can be ticked and published together.</summary>
    public bool BulkPublish { get; init; }
    /// <summary>The listed type, when one is chosen: its indexed fields become filters.</summary>
    public ResolvedContentType? SelectedType { get; init; }
    public IReadOnlyDictionary<string, string> FieldValues { get; init; } = new Dictionary<string, string>();
}

public sealed class ContentHistoryModel
{
    public required ResolvedContentType Type { get; init; }
    public required IReadOnlyList<ContentItem> Versions { get; init; }
    public ContentItem Latest => Versions[0];
    public string? Diff { get; init; }
    public int? From { get; init; }
    public int? To { get; init; }
}

public sealed class SpreadsheetImportModel
{
    public required ResolvedContentType Type { get; init; }
    public IReadOnlyList<Jingyuan.Cms.Spreadsheets.SpreadsheetError> Errors { get; init; } = [];
    /// <summary>For a ledger kept monthly: the month (yyyy-MM) rows without one report.</summary>
    public string? Month { get; init; }
}

public sealed class SpreadsheetImportJobModel
{
    public required ResolvedContentType Type { get; init; }
    public required Jingyuan.Cms.Data.SpreadsheetImportJobRecord Job { get; init; }
    public IReadOnlyList<Jingyuan.Cms.Spreadsheets.SpreadsheetError> Errors { get; init; } = [];
    public required string Status { get; init; }

    public bool Done => Job.State is Jingyuan.Cms.Data.SpreadsheetImportState.Succeeded or Jingyuan.Cms.Data.SpreadsheetImportState.Failed;

    public static string StatusText(Jingyuan.Cms.Data.SpreadsheetImportJobRecord job, Microsoft.Extensions.Localization.IStringLocalizer T) => job.State switch
    {
        Jingyuan.Cms.Data.SpreadsheetImportState.Queued => T["排队等待导入…"],
        Jingyuan.Cms.Data.SpreadsheetImportState.Validating => T["正在逐行检查：{0} / {1} 行", Math.Min(job.ValidatedRows, job.TotalRows), job.TotalRows],
        Jingyuan.Cms.Data.SpreadsheetImportState.Writing => T["检查通过，正在写入 {0} 条记录…", job.TotalRows],
        Jingyuan.Cms.Data.SpreadsheetImportState.Succeeded => T["导入完成：已导入 {0} 条记录。", job.ImportedRows],
        _ => job.Message ?? T["文件未导入。"],
    };
}

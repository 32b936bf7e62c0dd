using Jingyuan.Cms.Content;
using Jingyuan.Cms.Web.Portal;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>The latest version of an item as the public would read it, for the reviewer to judge before approving.</summary>
public sealed class ContentReviewModel
{
    public required ResolvedContentType Type { get; init; }
    public required ContentItem Item { get; init; }
    /// <summary>The unit the public page names as 发布单位.</summary>
    public string? Department { get; init; }
    /// <summary>The public fields: never personal ones, numbers with units, ids as names, HTML to be sanitised on output.</summary>
    public required IReadOnlyList<PublicField> Fields { get; init; }
    /// <summary>For a progress report: its task, target, goal and the target's approved history.</summary>
    public Progress.ReportReviewContext? ProgressReport { get; init; }
    public IReadOnlyDictionary<int, string> DepartmentNames { get; init; } = new Dictionary<int, string>();
}

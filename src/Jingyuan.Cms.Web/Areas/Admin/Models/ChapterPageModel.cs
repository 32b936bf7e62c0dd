using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>/admin/chapters/{slug}: a chapter's tasks and targets for one year, and its ledgers.</summary>
public sealed class ChapterPageModel
{
    public required ChapterDescriptor Chapter { get; init; }
    /// <summary>The year shown; null when no plan exists at all.</summary>
    public int? Year { get; init; }
    public IReadOnlyList<int> Years { get; init; } = [];
    /// <summary>The plan chapter the module serves in <see cref="Year"/>; null when that year's plan has none.</summary>
    public PlanChapter? PlanChapter { get; init; }
    /// <summary>Targets stated for the chapter as a whole.</summary>
    public IReadOnlyList<ChapterTargetRow> ChapterTargets { get; init; } = [];
    public IReadOnlyList<ChapterTaskRow> Tasks { get; init; } = [];
    public IReadOnlyList<ChapterRecordType> RecordTypes { get; init; } = [];
    /// <summary>Rules whose target key no plan year has: they compute nothing until a plan names the key.</summary>
    public IReadOnlyList<TargetRule> UnboundRules { get; init; } = [];
}

public sealed record ChapterTaskRow(PlanTask Task, IReadOnlyList<ChapterTargetRow> Targets);

/// <param name="RecordsUrl">The list of records behind a computed figure; null for reported targets.</param>
public sealed record ChapterTargetRow(PlanTarget Target, TargetProgress? Progress, TargetRule? Rule, string? RecordsUrl)
{
    /// <summary>How the figure is reached: the calculation or report, else the rule as declared.</summary>
    public string Explanation => Progress?.Explanation ?? Rule?.Explanation ?? "";
}

/// <param name="Filters">Quick links into the list, one row per filter field of the chapter the type has.</param>
public sealed record ChapterRecordType(ContentTypeDefinition Type, bool CanCreate, IReadOnlyList<ChapterFilter> Filters);

public sealed record ChapterFilter(string Label, IReadOnlyList<(string Option, string Url)> Options);

/// <summary>Chinese names (localization keys) of what the chapter page shows.</summary>
public static class ChapterTerms
{
    public static string Light(ProgressLight light) => light switch
    {
        ProgressLight.Green => "绿灯（正常）",
        ProgressLight.Yellow => "黄灯（滞后）",
        _ => "红灯（严重滞后）",
    };

    public static string LightClass(ProgressLight light) => light switch
    {
        ProgressLight.Green => "text-bg-success",
        ProgressLight.Yellow => "text-bg-warning",
        _ => "text-bg-danger",
    };

    public static string Comparison(TargetComparison comparison) => comparison switch
    {
        TargetComparison.AtLeast => "不少于",
        TargetComparison.AtMost => "不超过",
        TargetComparison.About => "约",
        _ => "",
    };
}

using Jingyuan.Cms.Chapters;

namespace Jingyuan.Cms.Modules.Employment.Models;

/// <summary>技能培训 (task 12): one class, how many took it and how many were certified.</summary>
public sealed class TrainingClass : ChapterRecord
{
    public string? Kind { get; set; }
    public string? Provider { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Place { get; set; }
    public string? Township { get; set; }
    public decimal? Trainees { get; set; }
    public decimal? Certificates { get; set; }

    public static readonly IReadOnlyList<string> Kinds = ["以工代训", "职业技能培训", "创业培训", "岗前培训", "农业实用技术培训", "其他"];
}

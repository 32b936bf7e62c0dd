using Jingyuan.Cms.Chapters;

namespace Jingyuan.Cms.Modules.Employment.Models;

/// <summary>就业创业信息 (task 13): a job or policy notice for the public; its contact is the employer's or the office's, never a worker's.</summary>
public sealed class JobNotice : ChapterRecord
{
    public string? Kind { get; set; }
    public string? Employer { get; set; }
    public decimal? Jobs { get; set; }
    public string? Body { get; set; }
    public DateOnly? ReleasedOn { get; set; }
    public DateOnly? ClosesOn { get; set; }
    public string? Contact { get; set; }

    public static readonly IReadOnlyList<string> Kinds = ["招聘信息", "就业政策", "创业政策", "培训信息"];
}

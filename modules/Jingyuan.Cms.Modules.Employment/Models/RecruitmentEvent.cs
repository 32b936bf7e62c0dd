using Jingyuan.Cms.Chapters;

namespace Jingyuan.Cms.Modules.Employment.Models;

/// <summary>招聘活动 (task 13): a job fair, online or on site, with the jobs it offered and the people it reached and placed.</summary>
public sealed class RecruitmentEvent : ChapterRecord
{
    public DateOnly? EventDate { get; set; }
    public string? Mode { get; set; }
    public string? Organiser { get; set; }
    public decimal? Employers { get; set; }
    public decimal? JobsOffered { get; set; }
    public decimal? PeopleReached { get; set; }
    public decimal? PeopleHired { get; set; }

    public static readonly IReadOnlyList<string> Modes = ["线上", "线下", "线上线下结合"];
}

using Jingyuan.Cms.Chapters;

namespace Jingyuan.Cms.Modules.Industry.Models;

/// <summary>农家乐、民宿与手工编织经营户 (task 1).</summary>
public sealed class TourismOperator : ChapterRecord
{
    public int? Village { get; set; }
    public string? OperatorType { get; set; }
    public decimal? Beds { get; set; }
    public decimal? Seats { get; set; }
    public bool? MigrantOwned { get; set; }
    /// <summary>Names and phones of private households: personal, kept off public pages, search and exports.</summary>
    public string? OwnerName { get; set; }
    public string? OwnerPhone { get; set; }

    public static readonly IReadOnlyList<string> OperatorTypes = ["农家乐", "民宿", "手工编织"];
}

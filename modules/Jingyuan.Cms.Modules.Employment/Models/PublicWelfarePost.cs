using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Modules.Employment.Models;

/// <summary>公益性岗位 (task 13): a person in a public-welfare post, newly placed this year or extended.</summary>
public sealed class PublicWelfarePost : PersonRecord
{
    public string? Post { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Placement { get; set; }

    public const string NewlyPlaced = "新安置";
    public const string Extended = "延长";
    public static readonly IReadOnlyList<string> Placements = [NewlyPlaced, Extended];
}

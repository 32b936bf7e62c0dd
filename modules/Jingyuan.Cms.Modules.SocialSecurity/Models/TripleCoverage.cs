using Jingyuan.Cms.Chapters;

namespace Jingyuan.Cms.Modules.SocialSecurity.Models;

/// <summary>
/// 三重保障 (task 20): per village and year, how many of its lifted-out-of-poverty migrants are covered by
/// basic medical insurance, serious-illness insurance and medical assistance; no count exceeds the migrants.
/// </summary>
public sealed class TripleCoverage : ChapterRecord
{
    public int? Village { get; set; }
    public decimal? Migrants { get; set; }
    public decimal? BasicInsured { get; set; }
    public decimal? SeriousIllnessInsured { get; set; }
    public decimal? MedicalAssistance { get; set; }

    /// <summary>The covered counts, each at most <see cref="Migrants"/>.</summary>
    public IEnumerable<(string Field, decimal? Value)> Covered() =>
    [
        (nameof(BasicInsured), BasicInsured),
        (nameof(SeriousIllnessInsured), SeriousIllnessInsured),
        (nameof(MedicalAssistance), MedicalAssistance),
    ];
}

using Jingyuan.Cms.Assessment;

namespace Jingyuan.Cms.Modules.Assessment.Models;

public sealed record AssessmentIndexModel(int Year, IReadOnlyList<int> Years, IReadOnlyList<AssessmentSchemeItem> Scheme,
    IReadOnlyDictionary<string, AssessmentIndicatorInfo> Indicators, IReadOnlyList<AssessmentRoundSummary> Rounds, bool CanConfirm, bool CanManage);

/// <summary>One row of the scheme form: every indicator the site offers, included or not.</summary>
public sealed class SchemeRow
{
    public string Key { get; set; } = "";
    public bool Included { get; set; }
    public decimal Weight { get; set; }
    public AssessmentAppliesTo AppliesTo { get; set; }
}

public sealed record SchemeEditModel(int Year, IReadOnlyList<AssessmentIndicatorInfo> Indicators, IReadOnlyList<SchemeRow> Rows, IReadOnlyList<string> Errors);

/// <summary>A round as the user may see it: every unit for the coordinating office, the user's own for a unit.</summary>
public sealed record AssessmentRoundModel(AssessmentRound Round, IReadOnlyList<UnitAssessment> Units, bool CanConfirm, string Rule);

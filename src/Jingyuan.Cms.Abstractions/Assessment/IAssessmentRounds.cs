using Jingyuan.Cms.Security;

namespace Jingyuan.Cms.Assessment;

/// <summary>Which units an indicator of a scheme scores.</summary>
public enum AssessmentAppliesTo
{
    /// <summary>County departments only.</summary>
    Departments,
    /// <summary>Townships only.</summary>
    Townships,
    /// <summary>Both.</summary>
    Both,
}

/// <summary>One indicator of a year's scheme and the points it carries.</summary>
public sealed record AssessmentSchemeItem(string IndicatorKey, decimal Weight, AssessmentAppliesTo AppliesTo);

/// <summary>An indicator the site offers, for the scheme editor.</summary>
public sealed record AssessmentIndicatorInfo(string Key, string Name, string ScoringRule);

/// <summary>A round's state: a draft is recomputed and adjusted; a frozen round never changes.</summary>
public enum AssessmentRoundStatus
{
    /// <summary>Being prepared.</summary>
    Draft,
    /// <summary>Confirmed by the reviewer; read-only for ever.</summary>
    Frozen,
}

/// <summary>How a unit did on one indicator: attainment (0–1) × weight = points, and the facts behind it.</summary>
public sealed record IndicatorScore(string Key, string Name, string ScoringRule, decimal Weight, decimal Attainment, decimal Points,
    IReadOnlyList<AssessmentFact> Facts);

/// <summary>A manual deduction (or addition) with its reason, entered before freezing.</summary>
public sealed record AssessmentAdjustment(AssessedUnitKind Kind, string UnitKey, string UnitName, decimal Points, string Reason,
    string By, DateTime AtUtc);

/// <summary>A unit's result: points per indicator, adjustments, the total out of 100 and its rank among its kind.</summary>
public sealed record UnitAssessment(AssessedUnit Unit, IReadOnlyList<IndicatorScore> Indicators, decimal Adjustments,
    decimal ApplicableWeight, decimal Total, int Rank);

/// <summary>A round as shown: who computed and froze it, and every unit's result.</summary>
public sealed record AssessmentRound(int Id, int Year, string Label, AssessmentRoundStatus Status, DateTime ComputedUtc, string ComputedBy,
    DateTime? FrozenUtc, string? FrozenBy, string? Sha256, IReadOnlyList<UnitAssessment> Units, IReadOnlyList<AssessmentAdjustment> Adjustments);

/// <summary>A round in the history list.</summary>
public sealed record AssessmentRoundSummary(int Id, int Year, string Label, AssessmentRoundStatus Status, DateTime ComputedUtc, DateTime? FrozenUtc);

/// <summary>Refused: the round is frozen (or the input is invalid); the message says why, in Chinese.</summary>
public sealed class AssessmentRefusedException(string message) : Exception(message);

/// <summary>
/// 考核 rounds of a plan year, kept by the host: the scheme, computing a round from every registered
/// <see cref="IAssessmentIndicator"/>, manual adjustments, freezing (after which the store refuses every
/// change) and export. Every change is audited; rights are checked by the caller's module.
/// </summary>
public interface IAssessmentRounds
{
    /// <summary>Every indicator the enabled modules provide.</summary>
    IReadOnlyList<AssessmentIndicatorInfo> Indicators();

    /// <summary>The year's scheme, in order.</summary>
    Task<IReadOnlyList<AssessmentSchemeItem>> GetSchemeAsync(int year);

    /// <summary>Replaces the year's scheme; returns errors by row (1-based) and field, and saves nothing when there are any.</summary>
    Task<IReadOnlyList<string>> SaveSchemeAsync(int year, IReadOnlyList<AssessmentSchemeItem> items);

    /// <summary>Computes a new draft round of the year from its scheme.</summary>
    Task<int> CreateRoundAsync(int year, string label, CancellationToken ct = default);

    /// <summary>Computes a draft round again; refused when frozen.</summary>
    Task RecomputeAsync(int roundId, CancellationToken ct = default);

    /// <summary>Adds a manual adjustment to a draft round; refused when frozen or without a reason.</summary>
    Task AdjustAsync(int roundId, AssessedUnitKind kind, string unitKey, decimal points, string reason);

    /// <summary>Confirms and freezes a round, storing the SHA-256 of its results.</summary>
    Task FreezeAsync(int roundId);

    /// <summary>A round, or null.</summary>
    Task<AssessmentRound?> GetRoundAsync(int roundId);

    /// <summary>The rounds of a year, newest first.</summary>
    Task<IReadOnlyList<AssessmentRoundSummary>> ListRoundsAsync(int year);

    /// <summary>The round as .xlsx (ranking and facts), audited.</summary>
    Task<byte[]> ExportAsync(int roundId);
}

/// <summary>Rights over 考核, declared here because the host's pages and the module share them.</summary>
public static class AssessmentPermissions
{
    /// <summary>Edit a year's scheme (the administrator).</summary>
    public static readonly Permission ManageAssessmentScheme = new("ManageAssessmentScheme", "管理考核方案", "考核");
    /// <summary>Compute, adjust, confirm and freeze rounds, see every unit (the coordinating office).</summary>
    public static readonly Permission ConfirmAssessment = new("ConfirmAssessment", "计算、扣分并确认冻结考核结果", "考核");
    /// <summary>See the user's own unit's results.</summary>
    public static readonly Permission ViewOwnAssessment = new("ViewOwnAssessment", "查看本单位考核结果", "考核");

    /// <summary>All three.</summary>
    public static readonly IReadOnlyList<Permission> All = [ManageAssessmentScheme, ConfirmAssessment, ViewOwnAssessment];
}

/// <summary>The overall scoring rule as published on the 考核 pages; the host's scoring applies exactly this.</summary>
public static class AssessmentRule
{
    /// <summary>In Chinese, shown beside every round.</summary>
    public const string Description = "得分 = 完成度 × 权重；总分 = （各项得分之和 + 扣分）÷ 适用于该单位的各项权重之和 × 100（最低0分）。" +
        "某项指标不考核该单位（如无应报、应办事项）的，不计入其权重，不扣分。部门与乡镇分别排名，同分同名次。";
}

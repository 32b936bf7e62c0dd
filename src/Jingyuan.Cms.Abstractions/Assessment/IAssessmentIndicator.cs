namespace Jingyuan.Cms.Assessment;

public enum AssessedUnitKind
{
    /// <summary>A county department (key: its id).</summary>
    Department,
    /// <summary>A township (乡镇; key: its name).</summary>
    Township,
}

/// <summary>Who is scored: a department or a township.</summary>
public sealed record AssessedUnit(AssessedUnitKind Kind, string Key, string Name);

/// <summary>
/// One fact behind a score, for the drill-down: what happened, its effect on the attainment
/// (e.g. +1 of 4 items closed on time, or −0.1 for a correction), and where to see it.
/// </summary>
public sealed record AssessmentFact(string Text, decimal Effect, string? Url = null);

/// <summary>
/// How far a unit met one indicator: <see cref="Attainment"/> from 0 to 1; the 考核 scheme turns it
/// into points by the indicator's weight.
/// </summary>
public sealed record IndicatorResult(AssessedUnit Unit, decimal Attainment, IReadOnlyList<AssessmentFact> Facts);

/// <summary>
/// A measurable part of 考核 that a module provides (target completion, reports on time, 督办 items
/// closed on time, 包抓 visits made, data quality). The administrator picks indicators into a
/// year's scheme and sets their weights; a frozen round keeps its results and never asks again.
/// </summary>
public interface IAssessmentIndicator
{
    /// <summary>Stable key stored in schemes, e.g. <c>supervision-on-time</c>.</summary>
    string Key { get; }

    /// <summary>Display name in Chinese (localized).</summary>
    string Name { get; }

    /// <summary>The scoring rule in Chinese, shown next to the indicator (e.g. 按期办结数 ÷ 应办结数).</summary>
    string ScoringRule { get; }

    /// <summary>Results for every unit the indicator applies to in the plan year; units with nothing to assess are left out.</summary>
    Task<IReadOnlyList<IndicatorResult>> EvaluateAsync(int year, CancellationToken cancellationToken);
}

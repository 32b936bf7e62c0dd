namespace Jingyuan.Cms.Chapters;

/// <summary>How a rule turns the year's published records into one figure.</summary>
public enum RuleKind
{
    /// <summary>Sum of a number field.</summary>
    Sum,
    /// <summary>Number of records.</summary>
    Count,
    /// <summary>Number of distinct values of a field (villages covered, people reached).</summary>
    DistinctCount,
    /// <summary>sum(Field) / sum(DenominatorField), in percent.</summary>
    Ratio,
    /// <summary>Share of groups (sites, villages) whose records meet the conditions, in percent.</summary>
    Share,
    /// <summary>1 when a record meeting the conditions has its date or yes field set, else 0.</summary>
    Milestone,
}

public enum ConditionOperator { OneOf, AtLeast, AtMost, Between }

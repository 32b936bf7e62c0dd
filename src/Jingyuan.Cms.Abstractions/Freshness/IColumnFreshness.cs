namespace Jingyuan.Cms.Freshness;

/// <summary>The kinds of public column the inspection thresholds (国办秘函〔2019〕19号) apply to.</summary>
public enum ColumnKind
{
    /// <summary>The home page <c>/</c>: the 2-week threshold.</summary>
    Home,
    /// <summary>The 公示公告 list.</summary>
    Notices,
    /// <summary>A chapter page of the current plan year.</summary>
    Chapter,
    /// <summary>A responsible unit's page of the current plan year.</summary>
    Unit,
}

/// <summary>How a column stands against its threshold; an empty column is always a problem.</summary>
public enum ColumnFreshnessState
{
    /// <summary>正常.</summary>
    Fresh,
    /// <summary>即将超期: within the warning margin before the threshold.</summary>
    DueSoon,
    /// <summary>已超期: older than the threshold.</summary>
    Stale,
    /// <summary>空栏目: nothing published yet.</summary>
    Empty,
}

/// <summary>One public column and its last published item.</summary>
/// <param name="Key">Stable identity (e.g. <c>home</c>, <c>chapter:2023:3</c>, <c>unit:2023:12</c>).</param>
/// <param name="Kind">What kind of column it is.</param>
/// <param name="Title">The column's name as the public sees it.</param>
/// <param name="Url">The public address of the column.</param>
/// <param name="LastItemUtc">When the newest published item of the column was published; null when empty.</param>
/// <param name="ResponsibleUnitIds">The units that must keep the column up to date.</param>
/// <param name="ThresholdDays">Days without an update after which the column is stale.</param>
/// <param name="WarningDays">Days before the threshold from which the column is about to go stale.</param>
/// <param name="DaysLeft">Days until the threshold (negative when crossed); null when empty.</param>
/// <param name="State">How the column stands.</param>
public sealed record ColumnFreshness(
    string Key, ColumnKind Kind, string Title, string Url, DateTime? LastItemUtc, IReadOnlyList<int> ResponsibleUnitIds,
    int ThresholdDays, int WarningDays, int? DaysLeft, ColumnFreshnessState State)
{
    /// <summary>Stale, empty or about to be stale: the columns to act on.</summary>
    public bool NeedsAttention => State != ColumnFreshnessState.Fresh;
}

/// <summary>
/// Every public column with the time of its last published item, from aggregate queries (no per-item reads).
/// Only published plan years count.
/// </summary>
public interface IColumnFreshnessMonitor
{
    /// <summary>All columns as of now: home, 公示公告, the chapters and the units of the current plan year.</summary>
    Task<IReadOnlyList<ColumnFreshness>> ListAsync(CancellationToken cancellationToken = default);
}

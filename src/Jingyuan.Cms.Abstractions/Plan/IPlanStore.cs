namespace Jingyuan.Cms.Plan;

/// <summary>Reads the structured plan. Writes go through the plan admin and recipes.</summary>
public interface IPlanStore
{
    /// <summary>Every year with a plan, drafts included (for the admin).</summary>
    Task<IReadOnlyList<int>> ListYearsAsync();
    /// <summary>Years the public may see (<see cref="PlanYear.IsPublished"/>), oldest first.</summary>
    Task<IReadOnlyList<int>> ListPublishedYearsAsync();
    /// <summary>The year shown by default: the latest published year (a draft being prepared never is).</summary>
    Task<int?> CurrentYearAsync();
    /// <summary>The whole year: chapters, tasks, targets.</summary>
    Task<PlanYear?> GetYearAsync(int year);
    Task<PlanTask?> GetTaskAsync(int taskId);
    Task<PlanTarget?> GetTargetAsync(int targetId);
    Task<IReadOnlyList<ResettlementSite>> ListSitesAsync();
}

/// <summary>
/// Lets a chapter module compute a target's achieved value from its own records
/// (e.g. head of cattle summed over published cattle projects).
/// </summary>
public interface ITargetCalculator
{
    /// <summary>True when this calculator computes the target (matched by year and key).</summary>
    bool Handles(int year, PlanTarget target);
    Task<TargetCalculation> CalculateAsync(int year, PlanTarget target);
}

/// <summary>A computed value and how it was reached, shown on the task page.</summary>
public sealed record TargetCalculation(decimal Achieved, string Explanation, IReadOnlyList<string> SourceItemIds);

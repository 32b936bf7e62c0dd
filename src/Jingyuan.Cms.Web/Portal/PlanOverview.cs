using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Web.Portal;

/// <summary>
/// A plan year with every target's approved progress and the lights, computed once and shared
/// by the public pages and downloads (cached briefly, see <see cref="PlanOverviewService"/>).
/// Read-only once built.
/// </summary>
public sealed class PlanOverview
{
    public required PlanYear Plan { get; init; }
    /// <summary>Beijing date the lights were computed for.</summary>
    public required DateOnly AsOf { get; init; }
    /// <summary>时间进度: share of the plan year elapsed on <see cref="AsOf"/>, 0-100.</summary>
    public required decimal ElapsedPercent { get; init; }
    public required IReadOnlyList<ChapterOverview> Chapters { get; init; }
    public required IReadOnlyDictionary<int, Department> Departments { get; init; }
    /// <summary>Mean completion of every target of the year (see <see cref="PortalText.CompletionMethod"/>); null without targets.</summary>
    public decimal? OverallPercent { get; init; }
    public int TargetCount { get; init; }
    /// <summary>Targets with an approved or computed figure.</summary>
    public int TargetsWithData { get; init; }
    /// <summary>When the figures were computed (UTC).</summary>
    public DateTimeOffset ComputedAt { get; init; }

    public int Year => Plan.Year;
    public IEnumerable<TaskOverview> Tasks => Chapters.SelectMany(c => c.Tasks);

    public ChapterOverview? FindChapter(int number) => Chapters.FirstOrDefault(c => c.Chapter.Number == number);
    public TaskOverview? FindTask(int number) => Tasks.FirstOrDefault(t => t.Task.Number == number);
    public TaskOverview? FindTaskById(int id) => Tasks.FirstOrDefault(t => t.Task.Id == id);

    /// <summary>A target of the year by id, with its progress, whether a task's or a chapter's.</summary>
    public TargetProgress? FindTarget(int targetId) =>
        Chapters.SelectMany(c => c.Targets.Concat(c.Tasks.SelectMany(t => t.Targets))).FirstOrDefault(p => p.Target.Id == targetId);

    public string DepartmentName(int id) => Departments.TryGetValue(id, out var d) ? d.Name : "";

    public IReadOnlyList<Department> Units(IEnumerable<int> ids) =>
        ids.Distinct().Select(id => Departments.GetValueOrDefault(id)).OfType<Department>().ToList();

    public LightCounts TaskLights => LightCounts.Of(Tasks.Select(t => t.Light));
}

public sealed record ChapterOverview(PlanChapter Chapter, IReadOnlyList<TaskOverview> Tasks, IReadOnlyList<TargetProgress> Targets)
{
    /// <summary>The chapter's own targets and its tasks' targets.</summary>
    public IEnumerable<TargetProgress> AllTargets => Targets.Concat(Tasks.SelectMany(t => t.Targets));
    public decimal? Percent => Completion.Mean(AllTargets);
    public ProgressLight? Light => Completion.Worst(AllTargets);
}

public sealed record TaskOverview(PlanTask Task, int ChapterNumber, IReadOnlyList<TargetProgress> Targets)
{
    public decimal? Percent => Completion.Mean(Targets);
    /// <summary>The worst light of the task's targets; null when the task has no quantified target.</summary>
    public ProgressLight? Light => Completion.Worst(Targets);
}

public sealed record LightCounts(int Green, int Yellow, int Red, int None)
{
    public static LightCounts Of(IEnumerable<ProgressLight?> lights)
    {
        int g = 0, y = 0, r = 0, n = 0;
        foreach (var light in lights)
        {
            switch (light)
            {
                case ProgressLight.Green: g++; break;
                case ProgressLight.Yellow: y++; break;
                case ProgressLight.Red: r++; break;
                default: n++; break;
            }
        }
        return new LightCounts(g, y, r, n);
    }
}

/// <summary>How completion percentages are aggregated; the words are in <see cref="PortalText.CompletionMethod"/>.</summary>
public static class Completion
{
    /// <summary>
    /// A target's contribution to an average, 0-100: its percent capped at 100; an 不超过 (AtMost)
    /// target counts 100 when it is within its limit (green) and 0 otherwise.
    /// </summary>
    public static decimal Of(TargetProgress p) => p.Target.Comparison == TargetComparison.AtMost
        ? (p.Light == ProgressLight.Green ? 100m : 0m)
        : Math.Clamp(p.Percent, 0m, 100m);

    public static decimal? Mean(IEnumerable<TargetProgress> targets)
    {
        var list = targets as IReadOnlyCollection<TargetProgress> ?? targets.ToList();
        return list.Count == 0 ? null : Math.Round(list.Sum(Of) / list.Count, 1, MidpointRounding.AwayFromZero);
    }

    public static ProgressLight? Worst(IEnumerable<TargetProgress> targets)
    {
        ProgressLight? worst = null;
        foreach (var p in targets)
        {
            if (worst is null || Rank(p.Light) > Rank(worst.Value)) worst = p.Light;
        }
        return worst;
    }

    private static int Rank(ProgressLight light) => light switch
    {
        ProgressLight.Green => 0,
        ProgressLight.Yellow => 1,
        _ => 2,
    };

    /// <summary>The value _StatusBadge takes: "green", "yellow", "red", or null (未评估).</summary>
    public static string? BadgeValue(ProgressLight? light) => light switch
    {
        ProgressLight.Green => "green",
        ProgressLight.Yellow => "yellow",
        ProgressLight.Red => "red",
        _ => null,
    };

    /// <summary>The light in words, as the badge says it (正常 / 滞后 / 严重滞后 / 未评估).</summary>
    public static string Words(ProgressLight? light) => light switch
    {
        ProgressLight.Green => "正常",
        ProgressLight.Yellow => "滞后",
        ProgressLight.Red => "严重滞后",
        _ => "未评估",
    };
}

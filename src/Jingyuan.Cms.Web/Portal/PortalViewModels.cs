using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Display;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Web.Portal;

/// <summary>The year switcher: every plan year, the one shown, and the link of a year for this kind of page.</summary>
public sealed record YearSwitcherModel(IReadOnlyList<int> Years, int Current, Func<int, string> UrlFor);

public static class PortalViews
{
    /// <summary>发布日期 and 发布单位 of a plan page: the plan's issue date and issuing offices.</summary>
    public static PublishInfoModel PlanPublishInfo(PlanYear plan) =>
        new(plan.IssuedOn?.ToDateTime(TimeOnly.MinValue), plan.IssuedBy);

    /// <summary>A published report's 发布日期 (Beijing) and 发布单位 (the reporting unit).</summary>
    public static PublishInfoModel ReportPublishInfo(ReportRow row) =>
        PublishInfoModel.FromUtc(row.Report.PublishedUtc, row.Department);
}

/// <summary>Shared by every plan page: the overview and the year switcher.</summary>
public abstract class PortalPageModel
{
    public required PlanOverview Overview { get; init; }
    public required YearSwitcherModel Years { get; init; }
    public int Year => Overview.Year;
}

public sealed class OverviewPageModel : PortalPageModel
{
    public required IReadOnlyList<ReportRow> LatestReports { get; init; }
    /// <summary>True when the notices module's LatestNotices view component is present and enabled.</summary>
    public bool ShowNotices { get; init; }
    /// <summary>True on "/" (the current year), false on /plan/{year}.</summary>
    public bool IsHome { get; init; }
}

public sealed class ChapterPageModel : PortalPageModel
{
    public required ChapterOverview Chapter { get; init; }
    /// <summary>Aggregates of the chapter's people ledgers (distinct persons per township and site).</summary>
    public IReadOnlyList<PublicTallyTable> Tallies { get; init; } = [];
}

public sealed class TaskPageModel : PortalPageModel
{
    public required TaskOverview Task { get; init; }
    public required PagedResult<ReportRow> Reports { get; init; }
    /// <summary>Resettlement sites by name and village, to link the task's places to the sites page.</summary>
    public required IReadOnlyDictionary<string, int> SiteIds { get; init; }
    /// <summary>Keys of the task's computed targets whose records the public may list.</summary>
    public IReadOnlySet<string> RecordLists { get; init; } = new HashSet<string>();
}

public sealed class SitesPageModel : PortalPageModel
{
    public required IReadOnlyList<SiteRow> Sites { get; init; }
}

public sealed record SiteRow(ResettlementSite Site, IReadOnlyList<SiteLeader> Leaders, IReadOnlyList<TaskOverview> Tasks)
{
    /// <summary>Anchor of the site's row on the sites page.</summary>
    public string Anchor => SiteAnchor(Site.Id);

    public static string SiteAnchor(int id) => $"site-{id}";
}

public sealed class DepartmentsPageModel : PortalPageModel
{
    public required IReadOnlyList<DepartmentRow> Rows { get; init; }
}

public sealed record DepartmentRow(Department Department, IReadOnlyList<TaskOverview> Leads, IReadOnlyList<TaskOverview> Responsible)
{
    /// <summary>Completion of the tasks the unit leads (mean over their targets).</summary>
    public decimal? LeadPercent => Completion.Mean(Leads.SelectMany(t => t.Targets));
    public LightCounts LeadLights => LightCounts.Of(Leads.Select(t => t.Light));
}

public sealed class DepartmentPageModel : PortalPageModel
{
    public required DepartmentRow Row { get; init; }
}

public sealed class DownloadsPageModel : PortalPageModel;

/// <summary>A published progress report with its task, target and unit resolved for display.</summary>
public sealed record ReportRow(PublicReport Report, TaskOverview? Task, TargetProgress? Target, string Department)
{
    public string? ValueText => Report.Value is { } v ? (PortalFormat.Number(v) + " " + (Target?.Target.Unit ?? "")).Trim() : null;
}

/// <summary>Model of the _TaskTable partial: tasks with units, progress and light, optionally grouped by chapter.</summary>
public sealed record TaskTableModel(PlanOverview Overview, string Caption, IReadOnlyList<TaskGroup> Groups)
{
    public static TaskTableModel ByChapter(PlanOverview overview, string caption) =>
        new(overview, caption, overview.Chapters.Select(c => new TaskGroup(
            PortalFormat.ChapterHeading(c.Chapter), PlanUrls.Chapter(overview.Year, c.Chapter.Number), c.Tasks)).ToList());

    public static TaskTableModel Of(PlanOverview overview, string caption, IReadOnlyList<TaskOverview> tasks) =>
        new(overview, caption, [new TaskGroup(null, null, tasks)]);
}

public sealed record TaskGroup(string? Heading, string? Url, IReadOnlyList<TaskOverview> Tasks);

/// <summary>Model of the _TargetTable partial.</summary>
public sealed record TargetTableModel(PlanOverview Overview, string Caption, IReadOnlyList<TargetProgress> Targets, bool ShowExplanation)
{
    /// <summary>Keys of targets whose records have a public list, linked from the explanation.</summary>
    public IReadOnlySet<string> RecordLists { get; init; } = new HashSet<string>();
}

/// <summary>Model of the _ReportList partial.</summary>
public sealed record ReportListModel(int Year, IReadOnlyList<ReportRow> Rows, bool ShowTask, bool ShowPhotos);

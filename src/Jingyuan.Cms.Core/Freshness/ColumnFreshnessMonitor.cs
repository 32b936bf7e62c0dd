using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Notifications;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Time;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Freshness;

/// <summary>
/// The public columns and their last update: home (notices and the current year's progress reports), 公示公告,
/// each chapter of the current published year (its record types and its tasks' reports; the tasks' lead units are
/// responsible, else the coordinating office) and each unit with tasks that year (its own published items).
/// </summary>
public sealed class ColumnFreshnessMonitor(
    ColumnLastItems last, IPlanStore plans, IContentDefinitionManager definitions, IEnumerable<ChapterDescriptor> chapters,
    IDepartmentStore departments, NotificationRecipients recipients, FreshnessOptions options, TimeProvider clock,
    IStringLocalizer<ColumnFreshnessMonitor> T) : IColumnFreshnessMonitor
{
    public async Task<IReadOnlyList<ColumnFreshness>> ListAsync(CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.Today(clock);
        var types = (await definitions.ListTypesAsync()).Where(t => t.PublicVisible).ToList();
        var typeNames = types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        int[] office = await recipients.CoordinatingOfficeAsync() is { } o ? [o] : [];
        var published = (await plans.ListPublishedYearsAsync()).ToHashSet();
        var year = await plans.CurrentYearAsync();
        var byType = await last.ByTypeAndYearAsync(typeNames, cancellationToken);
        DateTime? Of(string type, int? y) => byType.TryGetValue((type, y), out var t) ? t : null;

        var noticesActive = typeNames.Contains(options.NoticeContentType);
        var noticeLast = Newest(byType.Where(k => k.Key.Type == options.NoticeContentType
            && (k.Key.Year is null || published.Contains(k.Key.Year.Value))).Select(k => (DateTime?)k.Value));
        ColumnFreshness Column(string key, ColumnKind kind, string title, string url, DateTime? lastItem, IReadOnlyList<int> units) =>
            Evaluate(key, kind, title, url, lastItem, units, today);

        var columns = new List<ColumnFreshness>
        {
            Column("home", ColumnKind.Home, T["首页"], "/", Newest([noticeLast, year is { } y0 ? Of(ProgressReportType.Name, y0) : null]), office),
        };
        if (noticesActive) columns.Add(Column("notices", ColumnKind.Notices, T["公示公告"], options.NoticesUrl, noticeLast, office));
        if (year is not { } current || await plans.GetYearAsync(current) is not { } plan) return columns;

        var reports = await last.ReportsByTaskAsync(current, cancellationToken);
        foreach (var chapter in plan.Chapters.OrderBy(c => c.Number))
        {
            var recordTypes = chapters.Where(d => Serves(plan, chapter, d)).SelectMany(d => d.RecordTypes)
                .Concat(types.Where(t => t.PlanChapter == chapter.Number).Select(t => t.Name))
                .Where(typeNames.Contains).Distinct();
            var lastItem = Newest(recordTypes.Select(t => Of(t, current))
                .Concat(chapter.Tasks.Select(t => reports.TryGetValue(t.Id, out var r) ? r : (DateTime?)null)));
            var leads = chapter.Tasks.SelectMany(t => t.LeadUnitIds).Distinct().ToList();
            columns.Add(Column($"chapter:{current}:{chapter.Number}", ColumnKind.Chapter, ChapterNumerals.Heading(chapter),
                PlanUrls.Chapter(current, chapter.Number), lastItem, leads.Count > 0 ? leads : office));
        }

        var involved = plan.Chapters.SelectMany(c => c.Tasks).SelectMany(t => t.LeadUnitIds.Concat(t.ResponsibleUnitIds)).ToHashSet();
        var byUnit = await last.ByDepartmentAsync(typeNames, current, cancellationToken);
        foreach (var unit in (await departments.ListAsync()).Where(d => involved.Contains(d.Id)))
        {
            columns.Add(Column($"unit:{current}:{unit.Id}", ColumnKind.Unit, unit.Name, PlanUrls.Department(current, unit.Id),
                byUnit.TryGetValue(unit.Id, out var t) ? t : null, [unit.Id]));
        }
        return columns;
    }

    private ColumnFreshness Evaluate(string key, ColumnKind kind, string title, string url, DateTime? lastItem,
        IReadOnlyList<int> units, DateOnly today)
    {
        var (threshold, warning) = kind == ColumnKind.Home
            ? (options.HomeDays, options.HomeWarningDays)
            : (options.ColumnDays, options.ColumnWarningDays);
        if (lastItem is not { } at) return new(key, kind, title, url, null, units, threshold, warning, null, ColumnFreshnessState.Empty);
        var left = threshold - (today.DayNumber - ChinaTime.DateOf(at).DayNumber);
        var state = left < 0 ? ColumnFreshnessState.Stale : left <= warning ? ColumnFreshnessState.DueSoon : ColumnFreshnessState.Fresh;
        return new(key, kind, title, url, at, units, threshold, warning, left, state);
    }

    // As the portal binds modules to chapters (see PublicTallyTables): a chapter naming the module, else the module's number.
    private static bool Serves(PlanYear plan, PlanChapter chapter, ChapterDescriptor d) =>
        chapter.ModuleId == d.ModuleId
        || (chapter.ModuleId is null && chapter.Number == d.PlanChapter && !plan.Chapters.Any(c => c.ModuleId == d.ModuleId));

    private static DateTime? Newest(IEnumerable<DateTime?> times) => times.Where(t => t is not null).DefaultIfEmpty(null).Max();
}

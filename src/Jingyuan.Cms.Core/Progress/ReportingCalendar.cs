using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Time;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Progress;

/// <summary>
/// The reporting calendar (填报日历): every reported target of a task is owed by the task's lead units
/// (责任单位 when it has none) once per month or quarter (<see cref="PlanTarget.Cadence"/>), due on the
/// target's due day of the month after the period: the n-th working day when an <see cref="IWorkingCalendar"/>
/// is registered, else the n-th calendar day. Chapter-wide targets are reported by any unit of the chapter
/// and owe nothing on their own.
/// </summary>
public sealed class ReportingCalendar(CmsDbContext db, IPlanStore plans, IEnumerable<IWorkingCalendar> calendars)
{
    /// <summary>Obligations of periods that have ended by <paramref name="today"/>; of one unit when given.</summary>
    public async Task<IReadOnlyList<ReportObligation>> ForYearAsync(
        int year, DateOnly today, int? departmentId = null, CancellationToken ct = default)
    {
        if (await plans.GetYearAsync(year) is not { } plan) return [];
        var filed = await FiledAsync(year, departmentId, ct);
        var calendar = calendars.FirstOrDefault();
        var result = new List<ReportObligation>();
        foreach (var task in plan.Chapters.SelectMany(c => c.Tasks))
        {
            var units = task.LeadUnitIds.Count > 0 ? task.LeadUnitIds : task.ResponsibleUnitIds;
            foreach (var target in task.Targets.Where(t => t.Source == TargetSource.Reported))
            foreach (var period in PeriodsEndedBy(year, target.Cadence, today))
            {
                var dueOn = await DueOnAsync(period, target.DueDay, calendar, ct);
                foreach (var unit in units.Where(u => departmentId is null || u == departmentId))
                {
                    DateOnly? filedOn = filed.TryGetValue((target.Id, unit, period.EndMonth), out var f) ? f : null;
                    var state = filedOn is { } on ? (on <= dueOn ? ReportState.OnTime : ReportState.Late)
                        : today > dueOn ? ReportState.Missing : ReportState.Due;
                    result.Add(new ReportObligation(task, target, unit, period, dueOn, state, filedOn));
                }
            }
        }
        return result;
    }

    /// <summary>Months or quarters of the year whose last day is before <paramref name="today"/>.</summary>
    public static IEnumerable<ReportPeriod> PeriodsEndedBy(int year, ReportCadence cadence, DateOnly today)
    {
        var periods = cadence == ReportCadence.Quarterly
            ? Enumerable.Range(1, 4).Select(q => ReportPeriod.OfQuarter(year, q))
            : Enumerable.Range(1, 12).Select(m => ReportPeriod.OfMonth(year, m));
        return periods.Where(p => LastDay(p) < today);
    }

    public static DateOnly LastDay(ReportPeriod period) =>
        new DateOnly(period.Year, period.EndMonth, 1).AddMonths(1).AddDays(-1);

    public static async Task<DateOnly> DueOnAsync(ReportPeriod period, int dueDay, IWorkingCalendar? calendar, CancellationToken ct)
    {
        var lastDay = LastDay(period);
        if (calendar is null) return lastDay.AddDays(Math.Clamp(dueDay, 1, 28));
        return await calendar.AddWorkingDaysAsync(lastDay, Math.Max(1, dueDay), ct);
    }

    /// <summary>
    /// First day each (target, unit, period end month) had a report past draft: the day its version was
    /// last written before it went to review (the content store keeps no separate submission time).
    /// A quarterly report and the report of the quarter's last month stand for each other: reports are cumulative.
    /// </summary>
    private async Task<Dictionary<(int Target, int Unit, int EndMonth), DateOnly>> FiledAsync(int year, int? departmentId, CancellationToken ct)
    {
        var fields = db.Set<ContentFieldIndexRecord>().AsNoTracking();
        var rows = await db.Set<ContentItemRecord>().AsNoTracking()
            .Where(r => r.ContentType == ProgressReportType.Name && r.Year == year && !r.Deleted
                && r.Status != ContentStatus.Draft && r.DepartmentId != null
                && (departmentId == null || r.DepartmentId == departmentId))
            .Select(r => new
            {
                Unit = r.DepartmentId!.Value,
                r.ModifiedUtc,
                Target = fields.Where(f => f.VersionId == r.Id && f.FieldName == ProgressReportType.TargetId).Select(f => f.NumberValue).FirstOrDefault(),
                Period = fields.Where(f => f.VersionId == r.Id && f.FieldName == ProgressReportType.Period).Select(f => f.TextValue).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var result = new Dictionary<(int, int, int), DateOnly>();
        foreach (var row in rows)
        {
            if (row.Target is not { } target || !ReportPeriod.TryParse(row.Period, out var period) || period.Year != year) continue;
            var key = ((int)target, row.Unit, period.EndMonth);
            var on = ChinaTime.DateOf(row.ModifiedUtc);
            if (!result.TryGetValue(key, out var earlier) || on < earlier) result[key] = on;
        }
        return result;
    }
}

using System.Globalization;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Plan;

public sealed partial class PlanAdminService
{
    /// <summary>
    /// Starts next year's plan from this year's: chapters, tasks and targets with new ids and the
    /// same target keys (so module calculators keep working). Progress belongs to the old target
    /// ids, so the copy starts with none. The issue date and 文号 are cleared and the copy is a draft:
    /// the new plan is not issued yet, and the public site keeps showing this year until it is published.
    /// </summary>
    public Task<PlanYear> CopyYearAsync(int fromYear, int toYear) => db.InTransactionAsync(async () =>
    {
        PlanValidationException.ThrowIf(nameof(toYear), PlanRules.CheckYear(toYear));
        var source = await db.Set<PlanYear>().AsNoTracking().AsSingleQuery()
            .Include(y => y.Chapters).ThenInclude(c => c.Tasks).ThenInclude(t => t.Targets)
            .Include(y => y.Chapters).ThenInclude(c => c.Targets)
            .SingleOrDefaultAsync(y => y.Year == fromYear)
            ?? throw new PlanValidationException(nameof(fromYear), $"{fromYear} 年度没有计划");
        if (await db.Set<PlanYear>().AnyAsync(y => y.Year == toYear))
        {
            throw new PlanValidationException(nameof(toYear), $"{toYear} 年度已有计划");
        }
        PlanStore.SortInPlace(source);

        var copy = new PlanYear
        {
            Year = toYear,
            Title = source.Title.Replace(fromYear.ToString(CultureInfo.InvariantCulture), toYear.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            IssuedBy = source.IssuedBy,
            IsPublished = false,
            Goals = source.Goals,
            Safeguards = source.Safeguards.Select(s => new Safeguard { Number = s.Number, Title = s.Title, Text = s.Text }).ToList(),
        };
        db.Add(copy);
        // The year's id is needed for the targets' shadow year column.
        await db.SaveChangesAsync();

        foreach (var chapter in source.Chapters)
        {
            var newChapter = new PlanChapter
            {
                PlanYearId = copy.Id, Number = chapter.Number, Title = chapter.Title,
                Summary = chapter.Summary, ModuleId = chapter.ModuleId,
                Targets = chapter.Targets.Select(CopyTarget).ToList(),
                Tasks = chapter.Tasks.Select(t => new PlanTask
                {
                    Number = t.Number, Title = t.Title, Text = t.Text,
                    LeadUnitIds = [.. t.LeadUnitIds], ResponsibleUnitIds = [.. t.ResponsibleUnitIds], Places = [.. t.Places],
                    Targets = t.Targets.Select(CopyTarget).ToList(),
                }).ToList(),
            };
            db.Add(newChapter);
            foreach (var target in newChapter.Targets.Concat(newChapter.Tasks.SelectMany(t => t.Targets)))
            {
                PlanTargetYear.Set(db, target, copy.Id);
            }
        }
        PlanIndexing.MarkChanged(db, toYear);
        await db.SaveChangesAsync();
        await audit.RecordAsync(new AuditEntry(AuditEvents.PlanYearCopied,
            $"由 {fromYear} 年度方案复制出 {toYear} 年度方案（{source.Chapters.Count} 章，{source.Chapters.Sum(c => c.Tasks.Count)} 项任务）"));
        return copy;
    });

    private static PlanTarget CopyTarget(PlanTarget t) => new()
    {
        Key = t.Key, Description = t.Description, Unit = t.Unit, TargetValue = t.TargetValue,
        Comparison = t.Comparison, Source = t.Source, Implied = t.Implied, SortOrder = t.SortOrder,
        Cadence = t.Cadence, DueDay = t.DueDay,
    };
}

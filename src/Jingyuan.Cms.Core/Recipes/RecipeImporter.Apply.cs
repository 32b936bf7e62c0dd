using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Recipes;

// Upserts by natural key. Values are assigned unconditionally: EF writes only what really differs.
public sealed partial class RecipeImporter
{
    private async Task ApplyDepartmentsAsync(DepartmentsStep step, ChangeCount changes, CancellationToken ct)
    {
        var byName = (await db.Set<Department>().ToListAsync(ct))
            .GroupBy(d => DepartmentNames.Normalize(d.Name)).ToDictionary(g => g.Key, g => g.First());
        for (var i = 0; i < step.Departments.Count; i++)
        {
            var item = step.Departments[i];
            if (!byName.TryGetValue(DepartmentNames.Normalize(item.Name), out var department))
            {
                department = new Department { Name = item.Name };
                db.Add(department);
                byName[DepartmentNames.Normalize(item.Name)] = department;
            }
            department.Kind = item.Kind;
            department.Aliases = DepartmentNames.JoinAliases(item.Aliases);
            department.SortOrder = i;
        }
        await SaveAsync(changes, ct);
    }

    private async Task ApplySitesAsync(SitesStep step, ChangeCount changes, CancellationToken ct)
    {
        var byName = await db.Set<ResettlementSite>().Include(s => s.Leaders).ToDictionaryAsync(s => s.Name, ct);
        foreach (var item in step.Sites)
        {
            if (!byName.TryGetValue(item.Name, out var site))
            {
                site = new ResettlementSite { Name = item.Name };
                db.Add(site);
                byName[item.Name] = site;
            }
            site.Township = item.Township;
            site.Village = item.Village;
            site.Kind = item.Kind;
            site.Notes = item.Notes;
            if (item.Leaders is not null)
            {
                SyncLeaders(site, item.Leaders);
            }
        }
        await SaveAsync(changes, ct);
    }

    /// <summary>A site's leaders list in the file is the whole list: missing ones are removed.</summary>
    private void SyncLeaders(ResettlementSite site, List<RecipeSiteLeader> leaders)
    {
        foreach (var old in site.Leaders.Where(l => !leaders.Any(n => n.Year == l.Year && n.Name == l.Name)).ToList())
        {
            site.Leaders.Remove(old);
            db.Remove(old);
        }
        foreach (var item in leaders)
        {
            var leader = site.Leaders.FirstOrDefault(l => l.Year == item.Year && l.Name == item.Name);
            if (leader is null)
            {
                leader = new SiteLeader { Year = item.Year, Name = item.Name };
                site.Leaders.Add(leader);
            }
            leader.Position = item.Position;
        }
    }

    // Saved level by level so each level's foreign keys are plain ids (new parents get theirs first).
    private async Task ApplyPlanAsync(PlanStep step, UnitResolver units, ChangeCount changes, CancellationToken ct)
    {
        var year = await db.Set<PlanYear>().SingleOrDefaultAsync(y => y.Year == step.Year, ct);
        if (year is null)
        {
            year = new PlanYear { Year = step.Year };
            db.Add(year);
        }
        year.Title = step.Title;
        year.IssuedBy = step.IssuedBy;
        year.IssuedOn = step.IssuedOn;
        year.Goals = step.Goals;
        var safeguards = step.Safeguards.Select(s => new Safeguard { Number = s.Number, Title = s.Title, Text = s.Text }).ToList();
        if (!safeguards.Select(Tuple).SequenceEqual(year.Safeguards.Select(Tuple)))
        {
            year.Safeguards = safeguards;
        }
        await SaveAsync(changes, ct);

        var chapters = (await db.Set<PlanChapter>().Where(c => c.PlanYearId == year.Id).ToListAsync(ct)).ToDictionary(c => c.Number);
        foreach (var item in step.Chapters)
        {
            if (!chapters.TryGetValue(item.Number, out var chapter))
            {
                chapter = new PlanChapter { PlanYearId = year.Id, Number = item.Number };
                db.Add(chapter);
                chapters[item.Number] = chapter;
            }
            chapter.Title = item.Title;
            chapter.Summary = item.Summary;
            chapter.ModuleId = item.ModuleId;
        }
        await SaveAsync(changes, ct);

        var chapterIds = chapters.Values.Select(c => c.Id).ToList();
        var tasks = (await db.Set<PlanTask>().Where(t => chapterIds.Contains(t.ChapterId)).ToListAsync(ct))
            .GroupBy(t => t.Number).ToDictionary(g => g.Key, g => g.First());
        foreach (var chapterItem in step.Chapters)
        {
            foreach (var item in chapterItem.Tasks)
            {
                if (!tasks.TryGetValue(item.Number, out var task))
                {
                    task = new PlanTask { Number = item.Number };
                    db.Add(task);
                    tasks[item.Number] = task;
                }
                // A task found under another chapter number has moved.
                task.ChapterId = chapters[chapterItem.Number].Id;
                task.Title = item.Title;
                task.Text = item.Text;
                task.LeadUnitIds = units.Resolve(item.LeadUnits);
                task.ResponsibleUnitIds = units.Resolve(item.ResponsibleUnits);
                task.Places = item.Places.Distinct().ToList();
            }
        }
        await SaveAsync(changes, ct);

        var targets = await db.Set<PlanTarget>().OfYear(year.Id).ToDictionaryAsync(t => t.Key, ct);
        foreach (var chapterItem in step.Chapters)
        {
            for (var i = 0; i < chapterItem.Targets.Count; i++)
            {
                UpsertTarget(targets, year.Id, chapterItem.Targets[i], i, chapters[chapterItem.Number].Id, taskId: null);
            }
            foreach (var taskItem in chapterItem.Tasks)
            {
                for (var i = 0; i < taskItem.Targets.Count; i++)
                {
                    UpsertTarget(targets, year.Id, taskItem.Targets[i], i, chapterId: null, tasks[taskItem.Number].Id);
                }
            }
        }
        await SaveAsync(changes, ct);
    }

    private void UpsertTarget(Dictionary<string, PlanTarget> targets, int planYearId, RecipeTarget item, int sortOrder, int? chapterId, int? taskId)
    {
        if (!targets.TryGetValue(item.Key, out var target))
        {
            target = new PlanTarget { Key = item.Key };
            db.Add(target);
            PlanTargetYear.Set(db, target, planYearId);
            targets[item.Key] = target;
        }
        target.ChapterId = chapterId;
        target.TaskId = taskId;
        target.Description = item.Description;
        target.Unit = item.Unit;
        target.TargetValue = item.Value;
        target.Comparison = item.Comparison;
        target.Source = item.Source;
        target.Implied = item.Implied;
        target.SortOrder = sortOrder;
    }

    private static (int, string, string) Tuple(Safeguard s) => (s.Number, s.Title, s.Text);
}

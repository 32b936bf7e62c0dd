using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Plan;

/// <summary>
/// Edits the plan: years, chapters, tasks, targets. Each call is one transaction; a refused
/// input throws <see cref="PlanValidationException"/> naming the field, a missing id KeyNotFoundException.
/// </summary>
public sealed partial class PlanAdminService(CmsDbContext db, IAuditTrail audit)
{
    public Task<PlanYear> CreateYearAsync(PlanYearInput input) => db.InTransactionAsync(async () =>
    {
        await ValidateYearAsync(input, selfId: null);
        // A year made in the admin is prepared in private until it is published.
        var year = new PlanYear { IsPublished = false };
        Apply(year, input);
        db.Add(year);
        PlanIndexing.MarkChanged(db, input.Year);
        await db.SaveChangesAsync();
        await AuditAsync($"新建 {year.Year} 年度方案「{year.Title}」（草稿）");
        return year;
    });

    public Task<PlanYear> UpdateYearAsync(int year, PlanYearInput input) => db.InTransactionAsync(async () =>
    {
        var entity = await db.Set<PlanYear>().SingleOrDefaultAsync(y => y.Year == year)
            ?? throw new KeyNotFoundException($"{year} 年度没有计划");
        await ValidateYearAsync(input, entity.Id);
        Apply(entity, input);
        PlanIndexing.MarkChanged(db, year);
        if (input.Year != year)
        {
            PlanIndexing.MarkChanged(db, input.Year);
        }
        await db.SaveChangesAsync();
        await AuditAsync($"修改 {year} 年度方案「{entity.Title}」");
        return entity;
    });

    public Task<PlanChapter> CreateChapterAsync(int year, PlanChapterInput input) => db.InTransactionAsync(async () =>
    {
        var planYearId = await db.Set<PlanYear>().Where(y => y.Year == year).Select(y => (int?)y.Id).SingleOrDefaultAsync()
            ?? throw new KeyNotFoundException($"{year} 年度没有计划");
        await ValidateChapterAsync(planYearId, input, selfId: null);
        var chapter = new PlanChapter { PlanYearId = planYearId };
        Apply(chapter, input);
        db.Add(chapter);
        PlanIndexing.MarkChanged(db, year);
        await db.SaveChangesAsync();
        await AuditAsync($"新建 {year} 年度章节{ChapterNumerals.Heading(chapter)}");
        return chapter;
    });

    public Task<PlanChapter> UpdateChapterAsync(int chapterId, PlanChapterInput input) => db.InTransactionAsync(async () =>
    {
        var chapter = await FindChapterAsync(chapterId);
        await ValidateChapterAsync(chapter.PlanYearId, input, chapter.Id);
        Apply(chapter, input);
        await PlanIndexing.MarkChangedAsync(db, chapter.PlanYearId);
        await db.SaveChangesAsync();
        await AuditAsync($"修改章节 {chapter.Id}：{ChapterNumerals.Heading(chapter)}");
        return chapter;
    });

    /// <summary>Deletes the chapter with its tasks and targets.</summary>
    public Task DeleteChapterAsync(int chapterId) => db.InTransactionAsync(async () =>
    {
        var chapter = await db.Set<PlanChapter>().Include(c => c.Targets).Include(c => c.Tasks).ThenInclude(t => t.Targets)
            .SingleOrDefaultAsync(c => c.Id == chapterId) ?? throw new KeyNotFoundException($"章节 {chapterId} 不存在");
        db.Remove(chapter);
        await PlanIndexing.MarkChangedAsync(db, chapter.PlanYearId);
        await db.SaveChangesAsync();
        await AuditAsync($"删除章节 {chapter.Id}：{ChapterNumerals.Heading(chapter)}及其任务和指标");
    });

    public Task<PlanTask> CreateTaskAsync(int chapterId, PlanTaskInput input) => db.InTransactionAsync(async () =>
    {
        var chapter = await FindChapterAsync(chapterId);
        var normalized = await ValidateTaskAsync(chapter.PlanYearId, input, selfId: null);
        var task = new PlanTask { ChapterId = chapter.Id };
        Apply(task, normalized);
        db.Add(task);
        await PlanIndexing.MarkChangedAsync(db, chapter.PlanYearId);
        await db.SaveChangesAsync();
        await AuditAsync($"新建任务 {task.Id}：第 {task.Number} 项「{task.Title}」");
        return task;
    });

    public Task<PlanTask> UpdateTaskAsync(int taskId, PlanTaskInput input) => db.InTransactionAsync(async () =>
    {
        var task = await db.Set<PlanTask>().SingleOrDefaultAsync(t => t.Id == taskId)
            ?? throw new KeyNotFoundException($"任务 {taskId} 不存在");
        var chapter = await FindChapterAsync(task.ChapterId);
        var normalized = await ValidateTaskAsync(chapter.PlanYearId, input, task.Id);
        Apply(task, normalized);
        await PlanIndexing.MarkChangedAsync(db, chapter.PlanYearId);
        await db.SaveChangesAsync();
        await AuditAsync($"修改任务 {task.Id}：第 {task.Number} 项「{task.Title}」");
        return task;
    });

    /// <summary>Deletes the task with its targets.</summary>
    public Task DeleteTaskAsync(int taskId) => db.InTransactionAsync(async () =>
    {
        var task = await db.Set<PlanTask>().Include(t => t.Targets).SingleOrDefaultAsync(t => t.Id == taskId)
            ?? throw new KeyNotFoundException($"任务 {taskId} 不存在");
        db.Remove(task);
        await PlanIndexing.MarkChangedAsync(db, (await FindChapterAsync(task.ChapterId)).PlanYearId);
        await db.SaveChangesAsync();
        await AuditAsync($"删除任务 {task.Id}：第 {task.Number} 项「{task.Title}」及其指标");
    });

    /// <summary>Adds a target stated for the chapter as a whole (e.g. training coverage).</summary>
    public Task<PlanTarget> CreateChapterTargetAsync(int chapterId, PlanTargetInput input) => db.InTransactionAsync(async () =>
    {
        var chapter = await FindChapterAsync(chapterId);
        return await AddTargetAsync(chapter.PlanYearId, new PlanTarget { ChapterId = chapter.Id }, input);
    });

    public Task<PlanTarget> CreateTaskTargetAsync(int taskId, PlanTargetInput input) => db.InTransactionAsync(async () =>
    {
        var chapterId = await db.Set<PlanTask>().Where(t => t.Id == taskId).Select(t => (int?)t.ChapterId).SingleOrDefaultAsync()
            ?? throw new KeyNotFoundException($"任务 {taskId} 不存在");
        var chapter = await FindChapterAsync(chapterId);
        return await AddTargetAsync(chapter.PlanYearId, new PlanTarget { TaskId = taskId }, input);
    });

    public Task<PlanTarget> UpdateTargetAsync(int targetId, PlanTargetInput input) => db.InTransactionAsync(async () =>
    {
        var target = await db.Set<PlanTarget>().SingleOrDefaultAsync(t => t.Id == targetId)
            ?? throw new KeyNotFoundException($"指标 {targetId} 不存在");
        var planYearId = db.Entry(target).Property<int>(PlanTargetYear.Column).CurrentValue;
        await ValidateTargetAsync(planYearId, input, target.Id);
        Apply(target, input);
        await PlanIndexing.MarkChangedAsync(db, planYearId);
        await db.SaveChangesAsync();
        await AuditAsync($"修改指标 {target.Id}（{target.Key}）：{target.Description}");
        return target;
    });

    public Task DeleteTargetAsync(int targetId) => db.InTransactionAsync(async () =>
    {
        var target = await db.Set<PlanTarget>().SingleOrDefaultAsync(t => t.Id == targetId)
            ?? throw new KeyNotFoundException($"指标 {targetId} 不存在");
        db.Remove(target);
        await PlanIndexing.MarkChangedAsync(db, db.Entry(target).Property<int>(PlanTargetYear.Column).CurrentValue);
        await db.SaveChangesAsync();
        await AuditAsync($"删除指标 {target.Id}（{target.Key}）：{target.Description}");
    });

    private async Task<PlanTarget> AddTargetAsync(int planYearId, PlanTarget target, PlanTargetInput input)
    {
        await ValidateTargetAsync(planYearId, input, selfId: null);
        Apply(target, input);
        db.Add(target);
        PlanTargetYear.Set(db, target, planYearId);
        await PlanIndexing.MarkChangedAsync(db, planYearId);
        await db.SaveChangesAsync();
        await AuditAsync($"新建指标 {target.Id}（{target.Key}）：{target.Description}");
        return target;
    }

    /// <summary>In the edit's transaction: the plan changes exactly when its audit entry is written.</summary>
    private Task AuditAsync(string summary) => audit.RecordAsync(new AuditEntry(AuditEvents.PlanChanged, summary));

    private async Task<PlanChapter> FindChapterAsync(int chapterId) =>
        await db.Set<PlanChapter>().SingleOrDefaultAsync(c => c.Id == chapterId)
            ?? throw new KeyNotFoundException($"章节 {chapterId} 不存在");

    private async Task ValidateYearAsync(PlanYearInput input, int? selfId)
    {
        PlanValidationException.ThrowIf(nameof(input.Year), PlanRules.CheckYear(input.Year));
        PlanValidationException.ThrowIf(nameof(input.Title), PlanRules.CheckRequired(input.Title, PlanRules.TitleMaxLength));
        PlanValidationException.ThrowIf(nameof(input.IssuedBy), PlanRules.CheckLength(input.IssuedBy, PlanRules.TitleMaxLength));
        PlanValidationException.ThrowIf(nameof(input.DocumentNumber), PlanRules.CheckLength(input.DocumentNumber, PlanRules.NameMaxLength));
        PlanValidationException.ThrowIf(nameof(input.IssuedOn), PlanRules.CheckDate(input.IssuedOn));
        foreach (var safeguard in input.Safeguards)
        {
            PlanValidationException.ThrowIf(nameof(input.Safeguards), PlanRules.CheckNumber(safeguard.Number));
            PlanValidationException.ThrowIf(nameof(input.Safeguards), PlanRules.CheckRequired(safeguard.Title, PlanRules.TitleMaxLength));
        }
        if (input.Safeguards.Select(s => s.Number).Distinct().Count() != input.Safeguards.Count)
        {
            throw new PlanValidationException(nameof(input.Safeguards), "保障措施编号重复");
        }
        if (await db.Set<PlanYear>().AnyAsync(y => y.Year == input.Year && y.Id != selfId))
        {
            throw new PlanValidationException(nameof(input.Year), $"{input.Year} 年度已有计划");
        }
    }

    private async Task ValidateChapterAsync(int planYearId, PlanChapterInput input, int? selfId)
    {
        PlanValidationException.ThrowIf(nameof(input.Number), PlanRules.CheckNumber(input.Number));
        PlanValidationException.ThrowIf(nameof(input.Title), PlanRules.CheckRequired(input.Title, PlanRules.TitleMaxLength));
        PlanValidationException.ThrowIf(nameof(input.ModuleId), PlanRules.CheckLength(input.ModuleId, 100));
        if (await db.Set<PlanChapter>().AnyAsync(c => c.PlanYearId == planYearId && c.Number == input.Number && c.Id != selfId))
        {
            throw new PlanValidationException(nameof(input.Number), $"本年度已有{ChapterNumerals.Of(input.Number)}");
        }
    }

    private async Task<PlanTaskInput> ValidateTaskAsync(int planYearId, PlanTaskInput input, int? selfId)
    {
        PlanValidationException.ThrowIf(nameof(input.Number), PlanRules.CheckNumber(input.Number));
        PlanValidationException.ThrowIf(nameof(input.Title), PlanRules.CheckRequired(input.Title, PlanRules.TitleMaxLength));
        var numberTaken = await db.Set<PlanTask>()
            .Where(t => t.Number == input.Number && t.Id != selfId)
            .Join(db.Set<PlanChapter>(), t => t.ChapterId, c => c.Id, (t, c) => c.PlanYearId)
            .AnyAsync(yearId => yearId == planYearId);
        if (numberTaken)
        {
            throw new PlanValidationException(nameof(input.Number), $"本年度已有第 {input.Number} 项任务");
        }
        var lead = input.LeadUnitIds.Distinct().ToList();
        var responsible = input.ResponsibleUnitIds.Distinct().ToList();
        var known = await db.Set<Department>().Where(d => lead.Contains(d.Id) || responsible.Contains(d.Id)).Select(d => d.Id).ToListAsync();
        PlanValidationException.ThrowIf(nameof(input.LeadUnitIds), UnknownUnit(lead, known));
        PlanValidationException.ThrowIf(nameof(input.ResponsibleUnitIds), UnknownUnit(responsible, known));
        var places = input.Places.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct().ToList();
        foreach (var place in places)
        {
            PlanValidationException.ThrowIf(nameof(input.Places), PlanRules.CheckLength(place, PlanRules.NameMaxLength));
        }
        return input with { LeadUnitIds = lead, ResponsibleUnitIds = responsible, Places = places };
    }

    private static string? UnknownUnit(List<int> ids, List<int> known)
    {
        var missing = ids.Where(id => !known.Contains(id)).ToList();
        return missing.Count == 0 ? null : $"单位 {string.Join("、", missing)} 不存在";
    }

    private async Task ValidateTargetAsync(int planYearId, PlanTargetInput input, int? selfId)
    {
        PlanValidationException.ThrowIf(nameof(input.Key), PlanRules.CheckKey(input.Key));
        PlanValidationException.ThrowIf(nameof(input.Description), PlanRules.CheckRequired(input.Description, PlanRules.DescriptionMaxLength));
        PlanValidationException.ThrowIf(nameof(input.Unit), PlanRules.CheckLength(input.Unit, PlanRules.UnitMaxLength));
        PlanValidationException.ThrowIf(nameof(input.TargetValue), PlanRules.CheckTargetValue(input.TargetValue));
        PlanValidationException.ThrowIf(nameof(input.Comparison), Enum.IsDefined(input.Comparison) ? null : "取值无效");
        PlanValidationException.ThrowIf(nameof(input.Source), Enum.IsDefined(input.Source) ? null : "取值无效");
        PlanValidationException.ThrowIf(nameof(input.Cadence), Enum.IsDefined(input.Cadence) ? null : "取值无效");
        PlanValidationException.ThrowIf(nameof(input.DueDay), input.DueDay is >= 1 and <= 28 ? null : "截止日须为 1 至 28");
        if (await db.Set<PlanTarget>().OfYear(planYearId).AnyAsync(t => t.Key == input.Key && t.Id != selfId))
        {
            throw new PlanValidationException(nameof(input.Key), $"本年度已有键为“{input.Key}”的指标");
        }
    }

    private static void Apply(PlanYear year, PlanYearInput input)
    {
        year.Year = input.Year;
        year.Title = input.Title.Trim();
        year.IssuedBy = input.IssuedBy.Trim();
        year.DocumentNumber = input.DocumentNumber.Trim();
        year.IssuedOn = input.IssuedOn;
        year.Goals = input.Goals;
        year.Safeguards = input.Safeguards.OrderBy(s => s.Number)
            .Select(s => new Safeguard { Number = s.Number, Title = s.Title.Trim(), Text = s.Text }).ToList();
    }

    private static void Apply(PlanChapter chapter, PlanChapterInput input)
    {
        chapter.Number = input.Number;
        chapter.Title = input.Title.Trim();
        chapter.Summary = input.Summary;
        chapter.ModuleId = string.IsNullOrWhiteSpace(input.ModuleId) ? null : input.ModuleId.Trim();
    }

    private static void Apply(PlanTask task, PlanTaskInput input)
    {
        task.Number = input.Number;
        task.Title = input.Title.Trim();
        task.Text = input.Text;
        task.LeadUnitIds = [.. input.LeadUnitIds];
        task.ResponsibleUnitIds = [.. input.ResponsibleUnitIds];
        task.Places = [.. input.Places];
    }

    private static void Apply(PlanTarget target, PlanTargetInput input)
    {
        target.Key = input.Key;
        target.Description = input.Description.Trim();
        target.Unit = input.Unit.Trim();
        target.TargetValue = input.TargetValue;
        target.Comparison = input.Comparison;
        target.Source = input.Source;
        target.SortOrder = input.SortOrder;
        target.Cadence = input.Cadence;
        target.DueDay = input.DueDay;
    }
}

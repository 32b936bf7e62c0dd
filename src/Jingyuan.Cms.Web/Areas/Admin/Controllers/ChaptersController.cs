using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>
/// The one admin page every chapter module gets from its <see cref="ChapterDescriptor"/>: the year's
/// tasks and targets with achieved values, and the module's ledgers. Lists, forms and Excel are the
/// generic content admin's, which also limits what a department editor sees of the records.
/// </summary>
[Area("Admin")]
[Route("admin/chapters")]
[RequirePermission("AccessAdmin")]
public sealed class ChaptersController(
    IEnumerable<ChapterDescriptor> chapters,
    IPlanStore plans,
    ITargetProgressService progress,
    IContentDefinitionManager definitions,
    IContentAuthorizer authorizer) : Controller
{
    [HttpGet("{slug}")]
    public async Task<IActionResult> Index(string slug, int? year)
    {
        // A disabled module's chapter is gone, like its types and pages.
        var chapter = chapters.FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.OrdinalIgnoreCase));
        if (chapter is null) return NotFound();

        var shown = year ?? await plans.CurrentYearAsync();
        var plan = shown is { } y ? await plans.GetYearAsync(y) : null;
        var planChapter = plan is null ? null : ChapterOf(plan, chapter);
        var figures = planChapter is null ? new Dictionary<int, TargetProgress>() : await progress.ForYearAsync(plan!.Year);
        ChapterTargetRow Row(PlanTarget target) => TargetRow(chapter, target, figures, plan!.Year);

        return View(new ChapterPageModel
        {
            Chapter = chapter,
            Year = shown,
            Years = await plans.ListYearsAsync(),
            PlanChapter = planChapter,
            ChapterTargets = planChapter?.Targets.OrderBy(t => t.SortOrder).Select(Row).ToList() ?? [],
            Tasks = planChapter?.Tasks.OrderBy(t => t.Number)
                .Select(t => new ChapterTaskRow(t, t.Targets.OrderBy(x => x.SortOrder).Select(Row).ToList())).ToList() ?? [],
            RecordTypes = await RecordTypesAsync(chapter, shown),
            UnboundRules = await UnboundRulesAsync(chapter),
        });
    }

    private async Task<IReadOnlyList<TargetRule>> UnboundRulesAsync(ChapterDescriptor chapter)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var y in await plans.ListYearsAsync())
        {
            if (await plans.GetYearAsync(y) is not { } plan) continue;
            keys.UnionWith(plan.Chapters.SelectMany(c => c.Targets.Concat(c.Tasks.SelectMany(t => t.Targets))).Select(t => t.Key));
        }
        return chapter.Rules.Where(r => !keys.Contains(r.TargetKey)).ToList();
    }

    /// <summary>The chapter a year assigns to the module, else the one of the module's declared number.</summary>
    private static PlanChapter? ChapterOf(PlanYear plan, ChapterDescriptor chapter) =>
        plan.Chapters.FirstOrDefault(c => string.Equals(c.ModuleId, chapter.ModuleId, StringComparison.OrdinalIgnoreCase))
        ?? plan.Chapters.FirstOrDefault(c => c.ModuleId is null && c.Number == chapter.PlanChapter);

    private static ChapterTargetRow TargetRow(ChapterDescriptor chapter, PlanTarget target,
        IReadOnlyDictionary<int, TargetProgress> figures, int year)
    {
        var rule = chapter.Rules.FirstOrDefault(r => r.TargetKey == target.Key);
        return new ChapterTargetRow(target, figures.GetValueOrDefault(target.Id), rule,
            rule is null ? null : ChapterLinks.Records(rule, year));
    }

    private async Task<IReadOnlyList<ChapterRecordType>> RecordTypesAsync(ChapterDescriptor chapter, int? year)
    {
        var types = new List<ChapterRecordType>();
        foreach (var name in chapter.RecordTypes)
        {
            if (await definitions.GetTypeAsync(name) is not { } type) continue;
            var filters = chapter.FilterFields
                .Select(type.Field)
                .Where(f => f is { Kind: FieldKind.Choice, Settings.Indexed: true })
                .Select(f => new ChapterFilter(f!.Label, f.Settings.Options
                    .Select(o => (o, ChapterLinks.List(name, year, ChapterLinks.Filter(f.Name, o)))).ToList()))
                .ToList();
            types.Add(new ChapterRecordType(type.Type, await authorizer.CanCreateAsync(User, name), filters));
        }
        return types;
    }
}

using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Display;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Web.Controllers;

/// <summary>
/// The public page of a chapter record (产业项目 …): the published version only, of a type marked
/// public, of an enabled chapter module; its non-personal fields, publish date and owning unit.
/// </summary>
public sealed class PublicRecordsController(
    IContentManager contents,
    IContentDefinitionManager definitions,
    ChapterRecordUrls urls,
    IDepartmentStore departments,
    PublicRecordFields fields,
    PlanOverviewService overviews,
    TargetRecords targetRecords,
    IOptions<SiteInfo> site) : Controller
{
    /// <summary>The published records a computed target adds up, newest first.</summary>
    [HttpGet("/plan/{year:int}/targets/{key}/records")]
    public async Task<IActionResult> ForTarget(int year, string key, int page = 1)
    {
        if (await overviews.GetAsync(year) is not { } overview) return NotFound();
        var progress = overview.Chapters.SelectMany(c => c.AllTargets).FirstOrDefault(p => p.Target.Key == key);
        var task = overview.Tasks.FirstOrDefault(t => t.Targets.Contains(progress!));
        if (progress is null || await targetRecords.PageAsync(year, progress.Target, page) is not { } records) return NotFound();
        return View("Target", new TargetRecordsPageModel { Overview = overview, Task = task, Progress = progress, Records = records });
    }

    [HttpGet("/records/{id:regex(^[[0-9a-f]]{{32}}$)}")]
    public async Task<IActionResult> Show(string id)
    {
        if (await contents.GetPublishedAsync(id) is not { } item) return NotFound();
        if (await definitions.GetTypeAsync(item.ContentType) is not { Type.PublicVisible: true } type || !urls.IsChapterRecord(type.Type)) return NotFound();
        var units = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
        var sites = (await overviews.SitesAsync()).ToDictionary(s => s.Id); // the portal's cached list
        return View(new PublicRecordPageModel
        {
            Item = item,
            TypeName = type.Type.DisplayName,
            // A record no unit owns (imported by an administrator) is issued by the office that published it.
            Department = (item.DepartmentId is { } d ? units.GetValueOrDefault(d) : null) ?? site.Value.Organizer,
            Fields = fields.For(item, type, units, sites),
        });
    }
}

public sealed class TargetRecordsPageModel
{
    public required PlanOverview Overview { get; init; }
    public TaskOverview? Task { get; init; }
    public required TargetProgress Progress { get; init; }
    public required TargetRecordPage Records { get; init; }
}

public sealed class PublicRecordPageModel
{
    public required ContentItem Item { get; init; }
    public required string TypeName { get; init; }
    public string? Department { get; init; }
    public required IReadOnlyList<PublicField> Fields { get; init; }
}

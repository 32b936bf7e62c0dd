using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Jingyuan.Cms.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

public sealed partial class ContentController
{
    [HttpPost("{id}/submit")]
    public Task<IActionResult> Submit(string id) =>
        ActAsync(id, ContentAction.Submit, () => contents.SubmitAsync(id), T["已提交审核。"]);

    [HttpPost("{id}/publish")]
    public Task<IActionResult> Publish(string id) =>
        ActAsync(id, ContentAction.Review, () => contents.PublishAsync(id), T["已审核通过并发布。"]);

    /// <summary>
    /// The reviewer approves the ticked submitted items of a list page at once (a month's import): every
    /// item is checked for review rights first; then all are published in one transaction, or none.
    /// </summary>
    [HttpPost("publish-selected")]
    public async Task<IActionResult> PublishSelected(string[] ids, string? returnUrl)
    {
        var back = Url.IsLocalUrl(returnUrl) && returnUrl!.StartsWith("/admin/content", StringComparison.Ordinal) ? returnUrl : "/admin/content";
        var chosen = ids.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().ToList();
        if (chosen.Count == 0 || chosen.Count > MaxPublishedAtOnce)
        {
            TempData["Error"] = chosen.Count == 0 ? T["请先勾选要发布的内容。"].Value : T["一次最多发布 {0} 条，请分批操作。", MaxPublishedAtOnce].Value;
            return Redirect(back);
        }
        foreach (var id in chosen)
        {
            if (await contents.GetLatestAsync(id) is not { } item) return NotFound();
            if (!await authorizer.CanAsync(User, ContentAction.Review, item)) return Forbid();
            if (item.Status != ContentStatus.Submitted)
            {
                TempData["Error"] = T["「{0}」不是待审核状态，所选内容均未发布。", item.DisplayText].Value;
                return Redirect(back);
            }
        }
        try
        {
            var published = await contents.PublishManyAsync(chosen);
            TempData["Message"] = T["已审核通过并发布 {0} 条。", published.Count].Value;
        }
        catch (ContentStateException e)
        {
            TempData["Error"] = T["所选内容均未发布：{0}", e.Message].Value;
        }
        return Redirect(back);
    }

    public const int MaxPublishedAtOnce = 500;

    [HttpPost("{id}/reject")]
    public Task<IActionResult> Reject(string id, string? reason) =>
        ActAsync(id, ContentAction.Review, () => contents.RejectAsync(id, reason ?? ""), T["已退回。"]);

    [HttpPost("{id}/unpublish")]
    public Task<IActionResult> Unpublish(string id, string? reason) =>
        ActAsync(id, ContentAction.Review, () => contents.UnpublishAsync(id, reason), T["已撤回，公众页面不再显示。"]);

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id)
    {
        var result = await ActAsync(id, ContentAction.Delete, async () => { await contents.DeleteAsync(id); return null!; }, T["已删除。"]);
        return result is RedirectResult ? Redirect("/admin/content") : result;
    }

    /// <summary>
    /// The latest version rendered as the public page would show it (sanitised HTML, units, names),
    /// with the review buttons next to it: the reviewer approves what the public will see, not the form.
    /// </summary>
    [HttpGet("{id}/review")]
    public async Task<IActionResult> Review(string id, [FromServices] PublicRecordFields publicFields, [FromServices] CmsDbContext db)
    {
        var (item, type) = await LoadAsync(id);
        if (item is null || type is null) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.View, item)) return Forbid();
        var units = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
        var sites = (await plans.ListSitesAsync()).ToDictionary(s => s.Id);
        var report = await ReportReviewContext.LoadAsync(db, item);
        var fields = publicFields.For(item, type, units, sites);
        return View(new ContentReviewModel
        {
            Type = type, Item = item,
            Department = item.DepartmentId is { } d ? units.GetValueOrDefault(d) : null,
            // A progress report names its task and target in words above; their ids mean nothing to a reviewer.
            Fields = report is null ? fields : [.. fields.Where(f => !IdLabels(type).Contains(f.Label))],
            ProgressReport = report, DepartmentNames = units,
        });
    }

    private static HashSet<string> IdLabels(ResolvedContentType type) =>
        [.. type.Fields.Where(f => f.Name is ProgressReportType.TaskId or ProgressReportType.TargetId).Select(f => f.Label)];

    [HttpGet("{id}/history")]
    public async Task<IActionResult> History(string id, int? from, int? to)
    {
        var versions = await contents.GetVersionsAsync(id);
        if (versions.Count == 0) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.View, versions[0])) return Forbid();
        var type = await definitions.GetTypeAsync(versions[0].ContentType);
        if (type is null) return NotFound();

        string? diff = null;
        var older = versions.FirstOrDefault(v => v.Number == from);
        var newer = versions.FirstOrDefault(v => v.Number == to);
        if (older is not null && newer is not null)
        {
            diff = TextDiff.Describe(ContentItemText.Render(older, type), ContentItemText.Render(newer, type));
        }
        return View(new ContentHistoryModel { Type = type, Versions = versions, Diff = diff, From = from, To = to });
    }

    private async Task<IActionResult> ActAsync(string id, ContentAction action, Func<Task<ContentItem>> act, string done)
    {
        var item = await contents.GetLatestAsync(id);
        if (item is null) return NotFound();
        if (!await authorizer.CanAsync(User, action, item)) return Forbid();
        try
        {
            await act();
            TempData["Message"] = done;
        }
        catch (Exception e) when (e is ContentStateException or ContentValidationException)
        {
            TempData["Error"] = e is ContentValidationException v ? string.Join("；", v.Errors.SelectMany(x => x.Value)) : e.Message;
        }
        return Redirect($"/admin/content/{id}/edit");
    }
}

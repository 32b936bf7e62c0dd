using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Supervision.Models;
using Jingyuan.Cms.Modules.Supervision.Services;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Modules.Supervision.Controllers;

/// <summary>
/// The loop's actions as forms. None takes a stage, an author or a unit: the route says what is done and
/// the server decides, from the stored item, who may do it and what follows.
/// </summary>
[Route("admin/supervision/items/{id}")]
[RequirePermission("AccessAdmin")]
public sealed class SupervisionStepsController(SupervisionLoop loop, SupervisionPages pages) : Controller
{
    [HttpPost("assign")]
    public Task<IActionResult> Assign(string id, string? note) => Do(id, () => loop.AssignAsync(id, note));

    [HttpPost("acknowledge")]
    public Task<IActionResult> Acknowledge(string id, string? note) => Do(id, () => loop.AcknowledgeAsync(id, note));

    [HttpPost("progress")]
    [RequestSizeLimit(110 * 1024 * 1024)]
    public Task<IActionResult> Progress(string id, DateOnly? date, string? note, List<IFormFile>? files) =>
        Do(id, () => WithFiles(files, uploads => loop.ProgressAsync(id, date, note, uploads)));

    [HttpPost("report")]
    [RequestSizeLimit(110 * 1024 * 1024)]
    public Task<IActionResult> Report(string id, string? note, List<IFormFile>? files) =>
        Do(id, () => WithFiles(files, uploads => loop.ReportAsync(id, note, uploads)));

    [HttpPost("return")]
    public Task<IActionResult> Return(string id, string? reason) => Do(id, () => loop.ReturnAsync(id, reason));

    [HttpPost("close")]
    public Task<IActionResult> Close(string id, string? note) => Do(id, () => loop.CloseAsync(id, note));

    private async Task<IActionResult> Do(string id, Func<Task<ContentItem>> step)
    {
        try
        {
            await step();
            return Redirect(SupervisionItemType.AdminUrl(id));
        }
        catch (ContentForbiddenException) { return Forbid(); }
        catch (ContentValidationException e) { return await pages.ItemAsync(this, id, e.Errors, null) ?? NotFound(); }
        catch (ContentStateException e) { return await pages.ItemAsync(this, id, new Dictionary<string, string[]>(), e.Message) ?? NotFound(); }
        catch (ContentConcurrencyException) { return await pages.ItemAsync(this, id, new Dictionary<string, string[]>(), "该事项刚被他人办理，请刷新后重试") ?? NotFound(); }
    }

    private static async Task<ContentItem> WithFiles(List<IFormFile>? files, Func<IReadOnlyList<EvidenceUpload>, Task<ContentItem>> work)
    {
        var streams = new List<Stream>();
        try
        {
            var uploads = new List<EvidenceUpload>();
            foreach (var file in (files ?? []).Where(f => f.Length > 0))
            {
                var memory = new MemoryStream();
                await file.CopyToAsync(memory);
                memory.Position = 0;
                streams.Add(memory);
                uploads.Add(new EvidenceUpload(Path.GetFileName(file.FileName), memory));
            }
            return await work(uploads);
        }
        finally
        {
            foreach (var s in streams) await s.DisposeAsync();
        }
    }
}

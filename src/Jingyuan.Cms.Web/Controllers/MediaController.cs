using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Media;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Jingyuan.Cms.Web.Controllers;

/// <summary>
/// Serves uploaded files to whoever <see cref="MediaAccess"/> allows: a photo in a draft or a rejected
/// report stays private until it is approved, and a personal file stays private for good. The file is
/// judged again by its bytes (<see cref="MediaServing"/>); every answer is sandboxed and never sniffed,
/// so even a stored page or script cannot run in the site's origin.
/// </summary>
public sealed class MediaController(IMediaStore media, MediaAccess access, IAuditTrail audit) : Controller
{
    public const string SandboxPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'";

    [HttpGet("/media/{id:regex(^[[0-9a-f]]{{32}}$)}")]
    public async Task<IActionResult> Get(string id)
    {
        var decision = await access.DecideAsync(User, id);
        if (!decision.Allowed) return NotFound();
        var opened = await media.OpenAsync(id, HttpContext.RequestAborted);
        if (opened is not { } file) return NotFound();
        if (decision.Personal)
        {
            await audit.RecordAsync(new AuditEntry(AuditEvents.MediaPersonalDownloaded,
                $"下载个人信息附件“{file.File.FileName}”（{decision.Item?.DisplayText}）",
                decision.Item?.ContentItemId, decision.Item?.ContentType, decision.Item?.DepartmentId));
        }
        var delivery = MediaServing.Decide(file.File, await MediaServing.ReadHeadAsync(file.Content, HttpContext.RequestAborted));
        // Private: what a signed-in editor may open (a draft photo) must never reach a shared cache.
        Response.Headers.CacheControl = "private, max-age=3600";
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentSecurityPolicy = SandboxPolicy;
        if (delivery.Inline)
        {
            Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline").ToString();
            return File(file.Content, delivery.ContentType, enableRangeProcessing: true);
        }
        return File(file.Content, delivery.ContentType, file.File.FileName, enableRangeProcessing: true);
    }
}

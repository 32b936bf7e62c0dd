using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Web.Controllers;

/// <summary>
/// Serves uploaded files. Visitors get only files attached to published content;
/// a photo in a draft or a rejected report stays private until it is approved.
/// </summary>
public sealed class MediaController(IMediaStore media, CmsDbContext db) : Controller
{
    [HttpGet("/media/{id:regex(^[[0-9a-f]]{{32}}$)}")]
    public async Task<IActionResult> Get(string id)
    {
        if (User.Identity?.IsAuthenticated != true && !await IsPublishedAsync(id)) return NotFound();
        var opened = await media.OpenAsync(id, HttpContext.RequestAborted);
        if (opened is not { } file) return NotFound();
        Response.Headers.CacheControl = "private, max-age=3600";
        var inline = file.File.IsImage || file.File.ContentType == "application/pdf";
        return File(file.Content, file.File.ContentType, inline ? null : file.File.FileName, enableRangeProcessing: true);
    }

    private Task<bool> IsPublishedAsync(string id) =>
        db.Set<ContentItemRecord>().AnyAsync(r => r.Published && !r.Deleted && r.DataJson.Contains(id));
}

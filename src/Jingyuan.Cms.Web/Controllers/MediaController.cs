using Jingyuan.Cms.Content;
using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Web.Controllers;

/// <summary>
/// Serves uploaded files to whoever <see cref="MediaAccess"/> allows: a photo in a draft or a rejected
/// report stays private until it is approved, and a personal file stays private for good.
/// </summary>
public sealed class MediaController(IMediaStore media, MediaAccess access) : Controller
{
    [HttpGet("/media/{id:regex(^[[0-9a-f]]{{32}}$)}")]
    public async Task<IActionResult> Get(string id)
    {
        if (!await access.CanReadAsync(User, id)) return NotFound();
        var opened = await media.OpenAsync(id, HttpContext.RequestAborted);
        if (opened is not { } file) return NotFound();
        // Private: what a signed-in editor may open (a draft photo) must never reach a shared cache.
        Response.Headers.CacheControl = "private, max-age=3600";
        var inline = file.File.IsImage || file.File.ContentType == "application/pdf";
        return File(file.Content, file.File.ContentType, inline ? null : file.File.FileName, enableRangeProcessing: true);
    }
}

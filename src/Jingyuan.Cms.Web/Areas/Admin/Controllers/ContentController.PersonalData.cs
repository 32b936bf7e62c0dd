using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>
/// Personal fields are shown masked; "显示" asks this endpoint for one value in clear. It needs
/// the right to view the item (department scope) and RevealPersonalData, and every answer is audited.
/// </summary>
public sealed partial class ContentController
{
    [HttpPost("{id}/personal/{field}")]
    public async Task<IActionResult> RevealPersonal(string id, string field, long? version, [FromServices] IAuditTrail audit)
    {
        var item = version is { } v ? await contents.GetVersionAsync(v) : await contents.GetLatestAsync(id);
        if (item is null || item.ContentItemId != id) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.View, item)) return Forbid();
        if (!await HasPermissionAsync(PersonalDataPermissions.RevealPersonalData)) return Forbid();
        var definition = (await definitions.GetTypeAsync(item.ContentType))?.Field(field);
        if (definition is not { Settings.Personal: true } || definition.Kind == FieldKind.Files) return NotFound();

        await audit.RecordAsync(new AuditEntry(AuditEvents.PersonalDataRevealed,
            $"查看「{item.DisplayText}」第{item.Number}版的{definition.Label}（{definition.Name}）",
            item.ContentItemId, item.ContentType, item.DepartmentId));
        Response.Headers.CacheControl = "no-store";
        return Json(new { field = definition.Name, value = item.GetText(definition.Name) ?? "" });
    }

    private Task<bool> HasPermissionAsync(Permission permission) =>
        HttpContext.RequestServices.GetRequiredService<ICurrentUser>().HasPermissionAsync(permission);
}

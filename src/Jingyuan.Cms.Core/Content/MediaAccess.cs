using System.Security.Claims;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Content;

/// <summary>
/// Who may read an uploaded file. A visitor: only a file in a published version, in a Files field that
/// is not marked personal (an ID card scan is never public, even on a published record). A signed-in
/// user: also files of versions they may view or review, so one department never opens another's drafts,
/// and files they uploaded themselves.
/// </summary>
public sealed class MediaAccess(CmsDbContext db, IContentDefinitionManager definitions, IContentAuthorizer authorizer)
{
    public async Task<bool> CanReadAsync(ClaimsPrincipal user, string fileId)
    {
        // The id is 32 hex digits, so a text match finds exactly the versions that mention it; the
        // field check below decides whether the mention is a file of a public field.
        var versions = await db.Set<ContentItemRecord>().AsNoTracking()
            .Where(r => !r.Deleted && r.DataJson.Contains(fileId))
            .OrderByDescending(r => r.Published)
            .ToListAsync();
        var signedIn = user.Identity?.IsAuthenticated == true;
        foreach (var record in versions)
        {
            var item = ContentItemMapper.ToItem(record);
            if (record.Published && await InPublicFieldAsync(item, fileId)) return true;
            if (signedIn && (await authorizer.CanAsync(user, ContentAction.View, item)
                             || await authorizer.CanAsync(user, ContentAction.Review, item))
                && await InAnyFieldAsync(item, fileId)) return true;
        }
        // Stored by a save that a content rule then refused: the form shows it again to its uploader only.
        return signedIn && await db.Set<MediaFileRecord>().AnyAsync(f => f.Id == fileId && f.UploadedBy == user.Identity!.Name);
    }

    private async Task<bool> InPublicFieldAsync(ContentItem item, string fileId) =>
        (await FileFieldsAsync(item)).Any(f => !f.Settings.Personal && Holds(item, f, fileId));

    private async Task<bool> InAnyFieldAsync(ContentItem item, string fileId) =>
        (await FileFieldsAsync(item)).Any(f => Holds(item, f, fileId));

    private async Task<IEnumerable<ContentFieldDefinition>> FileFieldsAsync(ContentItem item) =>
        (await definitions.GetTypeAsync(item.ContentType))?.Fields.Where(f => f.Kind == FieldKind.Files) ?? [];

    private static bool Holds(ContentItem item, ContentFieldDefinition field, string fileId) =>
        item.GetFiles(field.Name).Any(file => file.Id == fileId);
}

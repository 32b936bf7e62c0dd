using System.Security.Claims;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Content;

/// <summary>Whether a file may be read, and whether the reader opens it as personal data (to be audited).</summary>
public sealed record MediaReadDecision(bool Allowed, bool Personal, ContentItem? Item)
{
    public static readonly MediaReadDecision Denied = new(false, false, null);
}

/// <summary>
/// Who may read an uploaded file. A visitor: only a file in a published version, in a Files field that
/// is not marked personal (an ID card scan is never public, even on a published record). A signed-in
/// user: also files of versions they may view or review, so one department never opens another's drafts,
/// and files they uploaded themselves. The versions holding a file come from the media-usage table.
/// </summary>
public sealed class MediaAccess(CmsDbContext db, IContentDefinitionManager definitions, IContentAuthorizer authorizer)
{
    public async Task<bool> CanReadAsync(ClaimsPrincipal user, string fileId) => (await DecideAsync(user, fileId)).Allowed;

    public async Task<MediaReadDecision> DecideAsync(ClaimsPrincipal user, string fileId)
    {
        var uses = await (
                from usage in db.Set<MediaUsageRecord>()
                join version in db.Set<ContentItemRecord>() on usage.ContentVersionId equals version.Id
                where usage.MediaId == fileId && !version.Deleted
                orderby version.Published descending, version.Id descending
                select new { usage.FieldName, usage.Personal, Version = version })
            .AsNoTracking().ToListAsync();
        var signedIn = user.Identity?.IsAuthenticated == true;
        var readable = new List<(ContentItem Item, bool Personal)>();
        foreach (var use in uses)
        {
            var item = ContentItemMapper.ToItem(use.Version);
            // The field as it is defined now: one made personal since the version was written is personal.
            var field = (await definitions.GetTypeAsync(item.ContentType))?.Field(use.FieldName);
            if (field is not { Kind: FieldKind.Files }) continue;
            var personal = use.Personal || field.Settings.Personal;
            if (use.Version.Published && !personal) return new MediaReadDecision(true, false, item);
            if (signedIn && (await authorizer.CanAsync(user, ContentAction.View, item)
                             || await authorizer.CanAsync(user, ContentAction.Review, item)))
                readable.Add((item, personal));
        }
        if (readable.Count > 0)
        {
            var (item, personal) = readable.FirstOrDefault(r => !r.Personal) is { Item: not null } open ? open : readable[0];
            return new MediaReadDecision(true, personal, item);
        }
        // Stored by a save that a content rule then refused: the form shows it again to its uploader only.
        var own = signedIn && await db.Set<MediaFileRecord>().AnyAsync(f => f.Id == fileId && f.UploadedBy == user.Identity!.Name);
        return own ? new MediaReadDecision(true, false, null) : MediaReadDecision.Denied;
    }
}

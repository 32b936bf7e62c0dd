using System.Security.Claims;
using Jingyuan.Cms.Content;
using Microsoft.AspNetCore.Authorization;

namespace Jingyuan.Cms.Security;

/// <summary>
/// Department scoping, enforced on the server: an editor with only "own department" rights
/// sees and changes nothing that another department owns, whatever URL they type; and for the
/// record types of chapters, only a unit granted the type (<see cref="IRecordTypeAccess"/>) creates,
/// edits or submits them. The content engine applies the same rules to every caller.
/// </summary>
public sealed class ContentAuthorizer(IAuthorizationService authorization, IRecordTypeAccess recordTypes) : IContentAuthorizer
{
    public async Task<bool> CanAsync(ClaimsPrincipal user, ContentAction action, ContentItem item)
    {
        var all = await Has(user, StandardPermissions.EditAllContent);
        var inScope = all
            || (await Has(user, StandardPermissions.EditOwnDepartmentContent)
                && item.DepartmentId is { } dept && dept == user.DepartmentId());
        return action switch
        {
            ContentAction.View => inScope || await DepartmentMayAsync(user, item.ContentType, RecordTypeAction.ViewInternal),
            ContentAction.Edit => inScope && (all || await TypeAllowsAsync(user, item.ContentType, RecordTypeAction.EditOwn)),
            ContentAction.Submit => inScope && await Has(user, StandardPermissions.SubmitContent)
                && (all || await TypeAllowsAsync(user, item.ContentType, RecordTypeAction.Submit)),
            ContentAction.Review => await Has(user, StandardPermissions.ReviewContent)
                || await DepartmentMayAsync(user, item.ContentType, RecordTypeAction.Publish),
            ContentAction.Delete => inScope && await Has(user, StandardPermissions.DeleteContent),
            _ => false,
        };
    }

    public async Task<bool> CanCreateAsync(ClaimsPrincipal user, string contentType) =>
        await Has(user, StandardPermissions.EditAllContent)
        || (await Has(user, StandardPermissions.EditOwnDepartmentContent) && user.DepartmentId() is not null
            && await TypeAllowsAsync(user, contentType, RecordTypeAction.Create));

    public async Task<int?> DepartmentScopeAsync(ClaimsPrincipal user) =>
        await Has(user, StandardPermissions.EditAllContent) || await Has(user, StandardPermissions.ReviewContent)
            ? null
            : user.DepartmentId() ?? -1; // no department: sees nothing

    /// <summary>Types of no chapter are not governed per type; a chapter's types need the unit's grant.</summary>
    private async Task<bool> TypeAllowsAsync(ClaimsPrincipal user, string contentType, RecordTypeAction action) =>
        !await recordTypes.IsGovernedAsync(contentType) || await DepartmentMayAsync(user, contentType, action);

    private async Task<bool> DepartmentMayAsync(ClaimsPrincipal user, string contentType, RecordTypeAction action) =>
        user.DepartmentId() is { } own && await recordTypes.DepartmentMayAsync(own, contentType, action);

    private async Task<bool> Has(ClaimsPrincipal user, Permission permission) =>
        (await authorization.AuthorizeAsync(user, RequirePermissionAttribute.PolicyPrefix + permission.Name)).Succeeded;
}

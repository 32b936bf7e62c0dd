using System.Security.Claims;
using Jingyuan.Cms.Content;
using Microsoft.AspNetCore.Authorization;

namespace Jingyuan.Cms.Security;

/// <summary>
/// Department scoping, enforced on the server: an editor with only "own department" rights
/// sees and changes nothing that another department owns, whatever URL they type.
/// </summary>
public sealed class ContentAuthorizer(IAuthorizationService authorization) : IContentAuthorizer
{
    public async Task<bool> CanAsync(ClaimsPrincipal user, ContentAction action, ContentItem item)
    {
        var inScope = await Has(user, StandardPermissions.EditAllContent)
            || (await Has(user, StandardPermissions.EditOwnDepartmentContent)
                && item.DepartmentId is { } dept && dept == user.DepartmentId());
        return action switch
        {
            ContentAction.View or ContentAction.Edit => inScope,
            ContentAction.Submit => inScope && await Has(user, StandardPermissions.SubmitContent),
            ContentAction.Review => await Has(user, StandardPermissions.ReviewContent),
            ContentAction.Delete => inScope && await Has(user, StandardPermissions.DeleteContent),
            _ => false,
        };
    }

    public async Task<bool> CanCreateAsync(ClaimsPrincipal user, string contentType) =>
        await Has(user, StandardPermissions.EditAllContent)
        || (await Has(user, StandardPermissions.EditOwnDepartmentContent) && user.DepartmentId() is not null);

    public async Task<int?> DepartmentScopeAsync(ClaimsPrincipal user) =>
        await Has(user, StandardPermissions.EditAllContent) || await Has(user, StandardPermissions.ReviewContent)
            ? null
            : user.DepartmentId() ?? -1; // no department: sees nothing

    private async Task<bool> Has(ClaimsPrincipal user, Permission permission) =>
        (await authorization.AuthorizeAsync(user, RequirePermissionAttribute.PolicyPrefix + permission.Name)).Succeeded;
}

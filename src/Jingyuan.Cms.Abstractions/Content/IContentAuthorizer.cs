using System.Security.Claims;

namespace Jingyuan.Cms.Content;

public enum ContentAction { View, Edit, Submit, Review, Delete }

/// <summary>
/// The one place that decides what a user may do with content: permission and department scope.
/// </summary>
public interface IContentAuthorizer
{
    Task<bool> CanAsync(ClaimsPrincipal user, ContentAction action, ContentItem item);
    Task<bool> CanCreateAsync(ClaimsPrincipal user, string contentType);
    /// <summary>The department a list must be limited to, or null when the user sees all departments.</summary>
    Task<int?> DepartmentScopeAsync(ClaimsPrincipal user);
}

using System.Security.Claims;

namespace Jingyuan.Cms.Navigation;

/// <summary>
/// Collects menu entries from the enabled modules' providers, sorted, filtered by the
/// user's permissions. Themes render what it returns.
/// </summary>
public interface INavigationBuilder
{
    Task<IReadOnlyList<MenuItem>> BuildAdminMenuAsync(ClaimsPrincipal user);
    Task<IReadOnlyList<MenuItem>> BuildPublicNavigationAsync();
}

using System.Security.Claims;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Authorization;

namespace Jingyuan.Cms.Modules;

/// <summary>Menus from the enabled modules' providers, filtered by permission and sorted.</summary>
public sealed class NavigationBuilder(
    IEnumerable<IAdminMenuProvider> adminProviders,
    IEnumerable<IPublicNavigationProvider> publicProviders,
    ModuleState modules,
    IAuthorizationService authorization) : INavigationBuilder
{
    public async Task<IReadOnlyList<MenuItem>> BuildAdminMenuAsync(ClaimsPrincipal user)
    {
        var items = new List<MenuItem>();
        foreach (var provider in adminProviders.Where(p => modules.IsActive(p.GetType()))) await provider.BuildAsync(items);
        return await FilterAsync(user, Merge(items));
    }

    public async Task<IReadOnlyList<MenuItem>> BuildPublicNavigationAsync()
    {
        var items = new List<MenuItem>();
        foreach (var provider in publicProviders.Where(p => modules.IsActive(p.GetType()))) await provider.BuildAsync(items);
        return Merge(items);
    }

    // Several modules may add children under the same top entry (e.g. "内容管理").
    private static List<MenuItem> Merge(IEnumerable<MenuItem> items) =>
        items.GroupBy(i => i.Text).Select(g =>
        {
            var first = g.First();
            var merged = new MenuItem { Text = first.Text, Url = first.Url, Position = g.Min(i => i.Position), Permission = first.Permission };
            merged.Children.AddRange(g.SelectMany(i => i.Children).OrderBy(c => c.Position).ThenBy(c => c.Text, StringComparer.Ordinal));
            return merged;
        }).OrderBy(i => i.Position).ThenBy(i => i.Text, StringComparer.Ordinal).ToList();

    private async Task<IReadOnlyList<MenuItem>> FilterAsync(ClaimsPrincipal user, IEnumerable<MenuItem> items)
    {
        var visible = new List<MenuItem>();
        foreach (var item in items)
        {
            if (!await AllowedAsync(user, item.Permission)) continue;
            var copy = new MenuItem { Text = item.Text, Url = item.Url, Position = item.Position, Permission = item.Permission };
            copy.Children.AddRange(await FilterAsync(user, item.Children));
            if (copy.Url is null && copy.Children.Count == 0) continue;
            visible.Add(copy);
        }
        return visible;
    }

    private async Task<bool> AllowedAsync(ClaimsPrincipal user, Permission? permission) =>
        permission is null
        || (await authorization.AuthorizeAsync(user, RequirePermissionAttribute.PolicyPrefix + permission.Name)).Succeeded;
}

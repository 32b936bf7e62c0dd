using System.Security.Claims;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Authorization;

namespace Jingyuan.Cms.Modules;

/// <summary>Menus from the enabled modules' providers, filtered by permission and sorted.</summary>
public sealed class NavigationBuilder(
    IEnumerable<IAdminMenuProvider> adminProviders,
    IEnumerable<IPublicNavigationProvider> publicProviders,
    IAuthorizationService authorization) : INavigationBuilder
{
    public async Task<IReadOnlyList<MenuItem>> BuildAdminMenuAsync(ClaimsPrincipal user)
    {
        var items = new List<MenuItem>();
        foreach (var provider in adminProviders) await provider.BuildAsync(items);
        return await FilterAsync(user, Merge(items));
    }

    public async Task<IReadOnlyList<MenuItem>> BuildPublicNavigationAsync()
    {
        var items = new List<MenuItem>();
        foreach (var provider in publicProviders) await provider.BuildAsync(items);
        return Merge(items);
    }

    // Several modules may add children under one entry (e.g. "内容管理"): entries merge by id, not by
    // what they display, so a renamed label cannot split a group. The lowest position wins.
    private static List<MenuItem> Merge(IEnumerable<MenuItem> items) =>
        items.GroupBy(i => i.Key, StringComparer.Ordinal).Select(g =>
        {
            var first = g.OrderBy(i => i.Position).First();
            var merged = new MenuItem { Id = first.Id, Text = first.Text, Url = first.Url, Position = first.Position, Permission = first.Permission };
            merged.Children.AddRange(Merge(g.SelectMany(i => i.Children)));
            return merged;
        }).OrderBy(i => i.Position).ThenBy(i => i.Text, StringComparer.Ordinal).ToList();

    private async Task<IReadOnlyList<MenuItem>> FilterAsync(ClaimsPrincipal user, IEnumerable<MenuItem> items)
    {
        var visible = new List<MenuItem>();
        foreach (var item in items)
        {
            if (!await AllowedAsync(user, item.Permission)) continue;
            var copy = new MenuItem { Id = item.Id, Text = item.Text, Url = item.Url, Position = item.Position, Permission = item.Permission };
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

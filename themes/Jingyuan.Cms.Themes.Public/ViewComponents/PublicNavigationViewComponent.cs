using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Themes.Navigation;
using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Themes.Public.ViewComponents;

/// <summary>
/// The public main navigation: the entries the enabled modules contribute
/// (<see cref="INavigationBuilder.BuildPublicNavigationAsync"/>), preceded by 首页.
/// Rendered by Views/Shared/Components/PublicNavigation/Default.cshtml.
/// </summary>
[ViewComponent(Name = "PublicNavigation")]
public sealed class PublicNavigationViewComponent(INavigationBuilder navigation) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var items = await navigation.BuildPublicNavigationAsync();
        // 首页 first unless a module already contributes the root URL.
        var all = new List<MenuItem>(items.Count + 1);
        if (!items.Any(i => i.Url is "/" or "~/"))
            all.Add(new MenuItem { Text = "首页", Url = "/", Position = int.MinValue });
        all.AddRange(items);
        var entries = NavigationTree.Build(all, HttpContext.Request.Path, HttpContext.Request.QueryString, minPrefixSegments: 1);
        return View(entries);
    }
}

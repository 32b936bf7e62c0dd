using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Themes.Navigation;
using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Themes.Admin.ViewComponents;

/// <summary>
/// The admin side menu: what <see cref="INavigationBuilder.BuildAdminMenuAsync"/> returns for the
/// signed-in user (already filtered by permission), with the entry of the current URL highlighted
/// and its group expanded. Rendered by Views/Shared/Components/AdminMenu/Default.cshtml.
/// </summary>
[ViewComponent(Name = "AdminMenu")]
public sealed class AdminMenuViewComponent(INavigationBuilder navigation) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var items = await navigation.BuildAdminMenuAsync(UserClaimsPrincipal);
        // "/admin" (the dashboard) is current only on an exact match; "/admin/content" also on "/admin/content/edit/5".
        var entries = NavigationTree.Build(items, HttpContext.Request.Path, HttpContext.Request.QueryString, minPrefixSegments: 2);
        return View(entries);
    }
}

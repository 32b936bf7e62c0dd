using Jingyuan.Cms.Modules.Notices.Services;
using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Modules.Notices.ViewComponents;

/// <summary>
/// The latest notices for the portal's home page:
/// <c>@await Component.InvokeAsync("LatestNotices", new { count = 5 })</c>.
/// </summary>
[ViewComponent(Name = "LatestNotices")]
public sealed class LatestNoticesViewComponent(IModuleState modules, NoticeQueries queries, NoticeSummaries summaries)
    : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int count = 5)
    {
        // The host skips a disabled module's components; this guards a direct call all the same.
        if (!modules.IsEnabled("Notices")) return Content("");
        var notices = await summaries.DescribeAsync(await queries.LatestAsync(Math.Clamp(count, 1, 20)));
        return View(notices);
    }
}

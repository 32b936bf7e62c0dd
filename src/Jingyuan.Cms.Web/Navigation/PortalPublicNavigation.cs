using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Web.Portal;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Navigation;

/// <summary>
/// The plan pages in the public navigation, for the current year: 工作任务 (the year overview),
/// 安置区, 责任单位 and 数据下载. 首页 comes from <see cref="HostPublicNavigation"/>.
/// </summary>
public sealed class PortalPublicNavigation(PlanOverviewService overviews, IStringLocalizer<PortalPublicNavigation> T)
    : IPublicNavigationProvider
{
    public async Task BuildAsync(ICollection<MenuItem> navigation)
    {
        if (await overviews.CurrentYearAsync() is not { } year) return;
        navigation.Add(new MenuItem { Text = T["工作任务"], Url = PlanUrls.Year(year), Position = 100 });
        navigation.Add(new MenuItem { Text = T["安置区"], Url = PlanUrls.Sites(year), Position = 200 });
        navigation.Add(new MenuItem { Text = T["责任单位"], Url = PortalUrls.Departments(year), Position = 300 });
        navigation.Add(new MenuItem { Text = T["数据下载"], Url = PortalUrls.Downloads(year), Position = 700 });
    }
}

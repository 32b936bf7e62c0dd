using System.Globalization;
using System.Security.Claims;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Notices.Models;
using Jingyuan.Cms.Navigation;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Notices.Services;

/// <summary>"公示公告" on the dashboard: notices waiting for review (in the user's scope) and 公示 open today.</summary>
public sealed class NoticeDashboardWidget(
    IContentManager contents,
    IContentAuthorizer authorizer,
    NoticeQueries notices,
    IStringLocalizer<NoticeDashboardWidget> T) : IDashboardWidgetProvider
{
    public async Task<IEnumerable<DashboardWidget>> GetWidgetsAsync(ClaimsPrincipal user)
    {
        var awaiting = await contents.QueryAsync(new ContentQuery
        {
            ContentTypes = [NoticeType.Name], Status = ContentStatus.Submitted,
            DepartmentId = await authorizer.DepartmentScopeAsync(user), PageSize = 1,
        });
        var open = await notices.CountOpenPublicityAsync();
        return
        [
            new DashboardWidget(T["公示公告"],
            [
                (T["待审核"], awaiting.Total.ToString(CultureInfo.InvariantCulture)),
                (T["公示中"], open.ToString(CultureInfo.InvariantCulture)),
            ], "/admin/content?type=Notice&status=Submitted", Position: 50),
        ];
    }
}

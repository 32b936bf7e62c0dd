using System.Globalization;
using System.Security.Claims;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Navigation;

/// <summary>
/// "进度填报" on the dashboard: reports awaiting review (a reviewer's work) and the unit's drafts
/// and returned reports (an editor's).
/// </summary>
public sealed class ProgressDashboardWidget(
    ProgressReportQueries reports,
    IContentAuthorizer authorizer,
    IAuthorizationService authorization,
    IStringLocalizer<ProgressDashboardWidget> T) : IDashboardWidgetProvider
{
    public async Task<IEnumerable<DashboardWidget>> GetWidgetsAsync(ClaimsPrincipal user)
    {
        if (!await HasAsync(user, StandardPermissions.SubmitContent) && !await HasAsync(user, StandardPermissions.ReviewContent)) return [];
        var scope = await authorizer.DepartmentScopeAsync(user);
        var lines = new List<(string, string)> { (T["待审核进度报告"], Count(await reports.CountAsync(ContentStatus.Submitted, scope))) };
        string url;
        if (scope is { } department)
        {
            lines.Add((T["本单位草稿"], Count(await reports.CountAsync(ContentStatus.Draft, department))));
            lines.Add((T["被退回待修改"], Count(await reports.CountAsync(ContentStatus.Rejected, department))));
            url = "/admin/plan/reports";
        }
        else
        {
            url = $"/admin/content?type={ProgressReportType.Name}&status={ContentStatus.Submitted}";
        }
        return [new DashboardWidget(T["进度填报"], lines, url, Position: 20)];
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private async Task<bool> HasAsync(ClaimsPrincipal user, Permission permission) =>
        (await authorization.AuthorizeAsync(user, RequirePermissionAttribute.PolicyPrefix + permission.Name)).Succeeded;
}

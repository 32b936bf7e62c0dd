using System.Globalization;
using System.Security.Claims;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Navigation;

/// <summary>
/// The administrator's setup checklist on the 工作台: units without accounts, sites and 包抓 leaders
/// missing per level, tasks without targets. Shown to whoever may manage departments and plans.
/// </summary>
public sealed class SetupChecklistDashboardWidget(
    PlanSetupChecks checks, IAuthorizationService authorization, IStringLocalizer<SetupChecklistDashboardWidget> T) : IDashboardWidgetProvider
{
    private const int NamesShown = 5;

    public async Task<IEnumerable<DashboardWidget>> GetWidgetsAsync(ClaimsPrincipal user)
    {
        if (!await HasAsync(user, StandardPermissions.ManageDepartments) || !await HasAsync(user, StandardPermissions.ManagePlans)) return [];
        var status = await checks.CheckAsync();
        var lonely = status.DepartmentsWithoutUsers;
        var lines = new List<(string, string)>
        {
            (T["没有账号的单位（共 {0} 个单位）", status.Departments], N(lonely.Count)),
        };
        if (lonely.Count > 0)
            lines.Add((T["其中"], string.Join("、", lonely.Take(NamesShown)) + (lonely.Count > NamesShown ? T["等"] : "")));
        var widgets = new List<DashboardWidget> { new(T["系统设置检查"], lines, "/admin/users", Position: 1) };
        if (status.Leaders is { } leaders)
        {
            var siteLines = new List<(string, string)>
            {
                (T["已录入安置区（方案共 {0} 个）", leaders.PlannedSites], N(leaders.Sites)),
                (T["尚未录入的安置区"], N(leaders.SitesNotEntered)),
            };
            siteLines.AddRange(LeaderLevels.All.Select(level =>
                (T["无{0}包抓领导的安置区", T[LeaderLevels.Name(level)]].Value, N(leaders.SitesWithoutLeader[level]))));
            siteLines.Add((T["没有指标的任务"], N(status.TasksWithoutTargets)));
            widgets.Add(new DashboardWidget(T["{0}年方案设置检查", leaders.Year], siteLines, "/admin/plan/sites", Position: 2));
        }
        return widgets;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private async Task<bool> HasAsync(ClaimsPrincipal user, Permission permission) =>
        (await authorization.AuthorizeAsync(user, RequirePermissionAttribute.PolicyPrefix + permission.Name)).Succeeded;
}

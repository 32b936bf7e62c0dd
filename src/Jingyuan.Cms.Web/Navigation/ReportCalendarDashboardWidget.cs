using System.Globalization;
using System.Security.Claims;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Navigation;

/// <summary>"填报日历" on an editor's 工作台: the unit's reports due, filed late and missing this year.</summary>
public sealed class ReportCalendarDashboardWidget(
    ReportingCalendar calendar,
    IPlanStore plans,
    IContentAuthorizer authorizer,
    IAuthorizationService authorization,
    TimeProvider clock,
    IStringLocalizer<ReportCalendarDashboardWidget> T) : IDashboardWidgetProvider
{
    public async Task<IEnumerable<DashboardWidget>> GetWidgetsAsync(ClaimsPrincipal user)
    {
        if (await authorizer.DepartmentScopeAsync(user) is not { } department) return [];
        if (!(await authorization.AuthorizeAsync(user, RequirePermissionAttribute.PolicyPrefix + StandardPermissions.SubmitContent.Name)).Succeeded) return [];
        if (await plans.CurrentYearAsync() is not { } year) return [];
        var all = await calendar.ForYearAsync(year, ChinaTime.Today(clock), department);
        string Count(ReportState s) => all.Count(o => o.State == s).ToString(CultureInfo.InvariantCulture);
        var lines = new List<(string, string)>
        {
            (T["待报送（未到截止日）"], Count(ReportState.Due)),
            (T["逾期未报"], Count(ReportState.Missing)),
            (T["迟报"], Count(ReportState.Late)),
            (T["按期报送"], Count(ReportState.OnTime)),
        };
        lines.AddRange(all.Where(o => o.State is ReportState.Due or ReportState.Missing).OrderBy(o => o.DueOn).Take(5)
            .Select(o => ($"{T["任务{0}", o.Task.Number]} {o.Target.Description} {o.Period.Label}",
                (o.State == ReportState.Missing ? T["已逾期（{0}）", Iso(o.DueOn)] : T["{0} 截止", Iso(o.DueOn)]).Value)));
        return [new DashboardWidget(T["{0}年填报日历", year], lines, $"/admin/plan/reports?year={year}", Position: 21)];
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Security.Claims;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Navigation;

/// <summary>
/// 工作台 queues: a reviewer sees everything awaiting review, of every type, oldest first with its age;
/// an editor sees the unit's returned items with the reviewer's reason.
/// </summary>
public sealed class ReviewQueueDashboardWidget(
    ReviewQueue queue,
    IContentDefinitionManager definitions,
    IContentAuthorizer authorizer,
    IAuthorizationService authorization,
    TimeProvider clock,
    IStringLocalizer<ReviewQueueDashboardWidget> T) : IDashboardWidgetProvider
{
    public const int Shown = 10;

    public async Task<IEnumerable<DashboardWidget>> GetWidgetsAsync(ClaimsPrincipal user)
    {
        var widgets = new List<DashboardWidget>();
        var scope = await authorizer.DepartmentScopeAsync(user);
        var types = (await definitions.ListTypesAsync(includeDisabledModules: true)).ToDictionary(t => t.Name, t => t.DisplayName);
        var today = ChinaTime.Today(clock);
        string TypeOf(QueuedItem i) => types.GetValueOrDefault(i.ContentType, i.ContentType);

        if (await HasAsync(user, StandardPermissions.ReviewContent))
        {
            var page = await queue.PendingAsync(scope, after: null, Shown);
            var lines = new List<(string, string)> { (T["待审核（全部类型）"], T["{0} 条", page.Total]) };
            lines.AddRange(page.Items.Select(i => ($"［{TypeOf(i)}］{i.DisplayText}", T["{0} 天", i.AgeInDays(today)].Value)));
            widgets.Add(new DashboardWidget(T["待审核事项（最早的在前）"], lines, "/admin/content?status=Submitted", Position: 5));
        }
        if (scope is { } department && await HasAsync(user, StandardPermissions.SubmitContent))
        {
            var page = await queue.RejectedAsync(department, after: null, Shown);
            var lines = new List<(string, string)> { (T["被退回待修改"], T["{0} 条", page.Total]) };
            lines.AddRange(page.Items.Select(i => ($"［{TypeOf(i)}］{i.DisplayText}", T["退回理由：{0}", i.Reason ?? "—"].Value)));
            widgets.Add(new DashboardWidget(T["本单位被退回的内容"], lines, "/admin/content?status=Rejected", Position: 6));
        }
        return widgets;
    }

    private async Task<bool> HasAsync(ClaimsPrincipal user, Permission permission) =>
        (await authorization.AuthorizeAsync(user, RequirePermissionAttribute.PolicyPrefix + permission.Name)).Succeeded;
}

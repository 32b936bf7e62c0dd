using System.Security.Claims;
using Jingyuan.Cms.Freshness;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Navigation;

/// <summary>
/// "栏目更新监测" on the 工作台 of the administrator and the reviewer: the stale, empty and soon-stale public columns,
/// worst first, with their last update.
/// </summary>
public sealed class ColumnFreshnessDashboardWidget(
    IColumnFreshnessMonitor monitor, IAuthorizationService authorization, IStringLocalizer<ColumnFreshnessDashboardWidget> T)
    : IDashboardWidgetProvider
{
    public const int Shown = 10;

    public async Task<IEnumerable<DashboardWidget>> GetWidgetsAsync(ClaimsPrincipal user)
    {
        var allowed = await authorization.AuthorizeAsync(user, RequirePermissionAttribute.PolicyPrefix + StandardPermissions.ViewColumnFreshness.Name);
        if (!allowed.Succeeded) return [];
        var attention = (await monitor.ListAsync()).Where(c => c.NeedsAttention)
            .OrderBy(c => c.State == ColumnFreshnessState.DueSoon).ThenBy(c => c.DaysLeft ?? int.MinValue).ToList();
        var lines = new List<(string, string)>
        {
            (T["已超期或空栏目"], T["{0} 个", attention.Count(c => c.State != ColumnFreshnessState.DueSoon)]),
            (T["即将超期"], T["{0} 个", attention.Count(c => c.State == ColumnFreshnessState.DueSoon)]),
        };
        lines.AddRange(attention.Take(Shown).Select(c => (c.Title, Describe(c))));
        return [new DashboardWidget(T["栏目更新监测"], lines, "/admin/columns", Position: 6)];
    }

    private string Describe(ColumnFreshness c) => c.State switch
    {
        ColumnFreshnessState.Empty => T["空栏目"],
        ColumnFreshnessState.Stale => T["已超期 {0} 天（最近更新 {1}）", -c.DaysLeft!.Value, ChinaTime.Format(c.LastItemUtc!.Value, "yyyy-MM-dd")],
        _ => T["即将超期，剩 {0} 天（最近更新 {1}）", c.DaysLeft!.Value, ChinaTime.Format(c.LastItemUtc!.Value, "yyyy-MM-dd")],
    };
}

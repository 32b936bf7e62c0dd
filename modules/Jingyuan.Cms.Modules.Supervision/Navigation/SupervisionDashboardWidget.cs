using System.Security.Claims;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Supervision.Models;
using Jingyuan.Cms.Modules.Supervision.Services;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using I = Jingyuan.Cms.Modules.Supervision.Models.SupervisionItemType;
using S = Jingyuan.Cms.Modules.Supervision.Models.SupervisionStage;

namespace Jingyuan.Cms.Modules.Supervision.Navigation;

/// <summary>
/// 工作台 boxes: a lead unit's items to 签收 or to answer (returned ones with the reason), red first, with the
/// deadline and light; for the coordinating office the items waiting for 复核 and the late items by unit.
/// </summary>
public sealed class SupervisionDashboardWidget(
    IContentManager contents, IDepartmentStore departments, IAuthorizationService authorization, TimeProvider clock,
    IStringLocalizer<SupervisionDashboardWidget> T) : IDashboardWidgetProvider
{
    public const int Shown = 10;

    public async Task<IEnumerable<DashboardWidget>> GetWidgetsAsync(ClaimsPrincipal user)
    {
        var widgets = new List<DashboardWidget>();
        var today = ChinaTime.Today(clock);
        if (user.DepartmentId() is { } unit && await HasAsync(user, Permissions.HandleSupervision))
        {
            var page = await contents.QueryAsync(Query(S.UnitOwesWork, unit, Shown));
            var lines = new List<(string, string)> { (T["待签收或办理"], T["{0} 件", page.Total]) };
            lines.AddRange(page.Items.OrderByDescending(i => SupervisionLights.On(i, today) == SupervisionLight.Red)
                .Select(i => (Line(i), T["{0} · 期限 {1}", T[SupervisionLights.Label(SupervisionLights.On(i, today))], i.GetText(I.Deadline) ?? ""].Value)));
            widgets.Add(new DashboardWidget(T["本单位督办事项"], lines, "/admin/supervision", Position: 7));
        }
        if (await HasAsync(user, Permissions.CoordinateSupervision))
        {
            var waiting = await contents.QueryAsync(Query([S.Reported], null, Shown));
            var lines = new List<(string, string)> { (T["待复核"], T["{0} 件", waiting.Total]) };
            lines.AddRange(waiting.Items.Select(i => (i.DisplayText, T["期限 {0}", i.GetText(I.Deadline) ?? ""].Value)));
            var late = Query(S.UnitOwesWork, null, 200);
            late.Fields.Add(new FieldFilter(I.RedFrom, FieldOperator.LessOrEqual, SupervisionLights.Iso(today)));
            var names = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
            var lateItems = await contents.QueryAsync(late);
            lines.Add((T["逾期事项"], T["{0} 件", lateItems.Total]));
            lines.AddRange(lateItems.Items.GroupBy(i => i.DepartmentId ?? 0).OrderByDescending(g => g.Count())
                .Select(g => (T["逾期：{0}", names.GetValueOrDefault(g.Key, "—")].Value, T["{0} 件", g.Count()].Value)));
            widgets.Add(new DashboardWidget(T["督查督办（统筹）"], lines, "/admin/supervision?light=Red", Position: 7));
        }
        return widgets;
    }

    /// <summary>"［签收］title", and for a returned item the reviewer's reason.</summary>
    private string Line(ContentItem item)
    {
        var stage = item.GetText(I.Stage);
        var steps = SupervisionStep.Of(item);
        if (stage == S.InProgress && steps.LastOrDefault(s => s.Kind != S.InProgress) is { Kind: S.Returned } returned)
            return T["［退回］{0}（理由：{1}）", item.DisplayText, returned.Note];
        return stage == S.Assigned ? T["［待签收］{0}", item.DisplayText] : T["［待反馈］{0}", item.DisplayText];
    }

    private static ContentQuery Query(IReadOnlyList<string> stages, int? unit, int size)
    {
        var query = new ContentQuery { ContentTypes = [I.Name], DepartmentId = unit, SortBy = I.RedFrom, Descending = false, PageSize = size };
        query.Fields.Add(FieldFilter.OneOf(I.Stage, stages));
        return query;
    }

    private async Task<bool> HasAsync(ClaimsPrincipal user, Permission permission) =>
        (await authorization.AuthorizeAsync(user, RequirePermissionAttribute.PolicyPrefix + permission.Name)).Succeeded;
}

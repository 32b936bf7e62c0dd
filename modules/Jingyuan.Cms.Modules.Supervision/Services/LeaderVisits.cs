using System.Globalization;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Supervision.Models;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using V = Jingyuan.Cms.Modules.Supervision.Models.LeaderVisitType;

namespace Jingyuan.Cms.Modules.Supervision.Services;

/// <summary>
/// 包抓走访记录. Who logs: the coordinating office for any site; a user of a township (with the handling right)
/// for the sites of its township only. Only the office raises 督办事项 from a visit, and the item's site and
/// source come from the stored visit. A visit is stored once through this service (never the generic editor)
/// and counts for 考核 as stored.
/// </summary>
public sealed class LeaderVisits(IContentManager contents, IPlanStore plans, IDepartmentStore departments, ICurrentUser user,
    SupervisionLoop loop, SupervisionWriteScope scope, IAuditTrail audit, TimeProvider clock)
{
    public const int PageSize = 20;

    /// <summary>The sites the current user may log visits for.</summary>
    public async Task<IReadOnlyList<ResettlementSite>> LoggableSitesAsync()
    {
        var sites = await plans.ListSitesAsync();
        if (await loop.IsCoordinatorAsync()) return sites;
        if (await OwnTownshipAsync() is not { } township) return [];
        return sites.Where(s => SiteOfTownship(s, township)).ToList();
    }

    public async Task<ContentItem> LogAsync(VisitDraft draft)
    {
        var sites = await plans.ListSitesAsync();
        var site = draft.SiteId is { } siteId ? sites.FirstOrDefault(s => s.Id == siteId) : null;
        if (site is null) throw Invalid(nameof(draft.SiteId), "请选择安置区");
        if (!(await LoggableSitesAsync()).Any(s => s.Id == site.Id))
            throw new ContentForbiddenException("只能记录本乡镇所辖安置区的包抓走访");
        var errors = new Dictionary<string, string[]>();
        SiteLeader? leader = null;
        if (draft.VisitedOn is not { } day) errors[nameof(draft.VisitedOn)] = ["请填写走访日期"];
        else if (day > ChinaTime.Today(clock)) errors[nameof(draft.VisitedOn)] = ["走访日期不能晚于今天"];
        else if ((leader = site.Leaders.FirstOrDefault(l => l.Id == draft.LeaderId && l.Year == day.Year)) is null)
            errors[nameof(draft.LeaderId)] = [$"请选择“{site.Name}”{day.Year}年度的包抓领导"];
        if (string.IsNullOrWhiteSpace(draft.Findings)) errors[nameof(draft.Findings)] = ["请填写发现问题"];
        else if (draft.Findings.Length > 4000) errors[nameof(draft.Findings)] = ["发现问题不能超过4000个字符"];
        if (errors.Count > 0) throw new ContentValidationException(errors);

        var visitedOn = draft.VisitedOn!.Value;
        var visit = await contents.NewAsync(V.Name);
        visit.DisplayText = $"{leader!.Name}走访{site.Name}（{Iso(visitedOn)}）";
        visit.Year = visitedOn.Year;
        // The township's unit owns the record, so its users see it; the office's own visits of sites without a township stay unowned.
        visit.DepartmentId = await ResponsibleUnitAsync(site) ?? (await loop.IsCoordinatorAsync() ? null : user.DepartmentId);
        visit.Set(V.Leader, leader.Name.Trim()).Set(V.SiteId, JsonValue.Create(site.Id)).Set(V.VisitedOn, Iso(visitedOn))
            .Set(V.Findings, draft.Findings.Trim());
        var saved = await scope.RunAsync(() => contents.SaveDraftAsync(visit, null));
        await audit.RecordAsync(new AuditEntry(AuditEvents.LeaderVisitLogged, $"记录包抓走访「{saved.DisplayText}」",
            saved.ContentItemId, saved.ContentType, saved.DepartmentId));
        return saved;
    }

    public async Task<ContentItem?> GetAsync(string id) =>
        await contents.GetLatestAsync(id) is { ContentType: V.Name } visit ? visit : null;

    /// <summary>立项督办 from the visit: source, site and the visit's leader and day are the stored visit's, never the form's.</summary>
    public async Task<ContentItem> RaiseAsync(ContentItem visit, SupervisionDraft draft)
    {
        var site = (await plans.ListSitesAsync()).FirstOrDefault(s => s.Id == visit.GetInt(V.SiteId));
        draft.Source = SupervisionItemType.FromVisit;
        draft.SiteId = site?.Id;
        var origin = $"来源：{visit.GetText(V.Leader)} {visit.GetText(V.VisitedOn)} 包抓走访「{site?.Name}」";
        draft.Note = string.IsNullOrWhiteSpace(draft.Note) ? origin : origin + "\n" + draft.Note.Trim();
        return await loop.RaiseAsync(draft, visit.ContentItemId);
    }

    /// <summary>Visits of a year (and a site), newest first; a unit sees its own unit's only.</summary>
    public Task<PagedResult<ContentItem>> ListAsync(int year, int? siteId, int? departmentScope, int page)
    {
        var query = new ContentQuery
        {
            ContentTypes = [V.Name], Year = year, DepartmentId = departmentScope, SortBy = V.VisitedOn, Descending = true,
            Page = Math.Max(1, page), PageSize = PageSize,
        };
        if (siteId is { } site) query.Where(V.SiteId, site.ToString(CultureInfo.InvariantCulture));
        return contents.QueryAsync(query);
    }

    /// <summary>The township unit of the current user, when it holds the handling right.</summary>
    private async Task<Department?> OwnTownshipAsync() =>
        user.DepartmentId is { } own && await user.HasPermissionAsync(Permissions.HandleSupervision)
            && await departments.GetAsync(own) is { Kind: DepartmentKind.Township } unit ? unit : null;

    private async Task<int?> ResponsibleUnitAsync(ResettlementSite site) =>
        (await departments.ListAsync()).FirstOrDefault(d => d.Kind == DepartmentKind.Township && SiteOfTownship(site, d))?.Id;

    private static bool SiteOfTownship(ResettlementSite site, Department township) =>
        site.Township.Length > 0 && (site.Township == township.Name
            || township.Aliases.Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Contains(site.Township));

    private static ContentValidationException Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

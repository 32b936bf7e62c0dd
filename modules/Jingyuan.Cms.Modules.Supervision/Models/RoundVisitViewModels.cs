using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Supervision.Services;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Modules.Supervision.Models;

/// <summary>A 督办事项 raised from a round or a visit, as its source page lists it.</summary>
public sealed record RaisedItemRow(ContentItem Item, string Stage, SupervisionLight Light, string UnitName);

public sealed record RoundListModel(PagedResult<ContentItem> Page, IReadOnlyDictionary<int, string> UnitNames, bool IsCoordinator);

public sealed record RoundNewModel(RoundDraft Draft, IReadOnlyList<Department> Units, IReadOnlyDictionary<string, string[]> Errors);

public sealed record RoundDetailModel(ContentItem Round, IReadOnlyList<Department> UnitsInspected,
    IReadOnlyList<RaisedItemRow> Findings, bool IsCoordinator);

public sealed record VisitListModel(int Year, int? SiteId, IReadOnlyList<int> Years, IReadOnlyList<ResettlementSite> Sites,
    PagedResult<ContentItem> Page, bool CanLog);

/// <summary>The visit form: the sites the user may log for; the leaders of the chosen site in the chosen year.</summary>
public sealed record VisitNewModel(int Year, VisitDraft Draft, IReadOnlyList<ResettlementSite> Sites,
    IReadOnlyList<SiteLeader> Leaders, IReadOnlyDictionary<string, string[]> Errors);

public sealed record VisitDetailModel(ContentItem Visit, ResettlementSite? Site, SiteLeader? Leader,
    IReadOnlyList<RaisedItemRow> Items, bool IsCoordinator);

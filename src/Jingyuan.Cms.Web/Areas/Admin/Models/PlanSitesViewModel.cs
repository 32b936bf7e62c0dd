using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

public sealed record PlanSiteRow(int Id, string Name, string Township, string Village, SiteKind Kind, string Leaders);

/// <summary>/admin/plan/sites: a page of sites with their leaders, newest year first.</summary>
public sealed class PlanSitesViewModel
{
    public required IReadOnlyList<PlanSiteRow> Sites { get; init; }
    public required ListPager Pager { get; init; }
}

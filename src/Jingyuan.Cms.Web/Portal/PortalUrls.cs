using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Web.Portal;

/// <summary>Portal URLs that <see cref="PlanUrls"/> does not define (lists and downloads).</summary>
public static class PortalUrls
{
    public static string Departments(int year) => $"{PlanUrls.Year(year)}/departments";
    public static string Downloads(int year) => $"{PlanUrls.Year(year)}/downloads";
    public static string Workbook(int year) => $"{PlanUrls.Year(year)}/download.xlsx";
    public static string Csv(int year) => $"{PlanUrls.Year(year)}/data.csv";
    public static string Json(int year) => $"{PlanUrls.Year(year)}/data.json";
    /// <summary>The published records a computed target adds up (see <see cref="TargetRecords"/>).</summary>
    public static string TargetRecords(int year, string targetKey) => $"{PlanUrls.Year(year)}/targets/{Uri.EscapeDataString(targetKey)}/records";
    public static string Site(int year, int siteId) => $"{PlanUrls.Sites(year)}#{SiteRow.SiteAnchor(siteId)}";
}

using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.SocialSecurity.Models;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.SocialSecurity;

/// <summary>Records of chapter 六 written straight through the content manager; fictional people with valid ID numbers.</summary>
internal static class SocialSecurityTestData
{
    /// <summary>A fictional 泾源县 ID number (born 1980-01-01, sequence <paramref name="n"/>) with its GB 11643 check character.</summary>
    public static string IdNumber(int n)
    {
        var first17 = $"64042419800101{n % 1000:D3}";
        return first17 + ChineseIdNumber.CheckCharacter(first17);
    }

    public static Task<int> UnitAsync(CmsWebFactory site, string name) =>
        site.WithServicesAsync(async sp => (await sp.GetRequiredService<IDepartmentStore>().FindByNameAsync(name))!.Id);

    public static Task<int> SiteIdAsync(CmsWebFactory site, int index) => site.WithServicesAsync(async sp =>
        (await sp.GetRequiredService<CmsDbContext>().Set<ResettlementSite>().AsNoTracking().OrderBy(s => s.Id).Skip(index).FirstAsync()).Id);

    public static async Task<ContentItem> NewCoverageAsync(CmsWebFactory site, int village, decimal migrants,
        decimal basic, decimal serious, decimal assistance)
    {
        var item = await site.WithContentAsync(c => c.NewAsync(nameof(TripleCoverage)));
        item.DisplayText = $"三重保障 {village}";
        item.Year = IndustryTestData.Year;
        item.Set(nameof(TripleCoverage.Village), village).Set(nameof(TripleCoverage.Migrants), migrants)
            .Set(nameof(TripleCoverage.BasicInsured), basic).Set(nameof(TripleCoverage.SeriousIllnessInsured), serious)
            .Set(nameof(TripleCoverage.MedicalAssistance), assistance);
        return item;
    }

    public static async Task<ContentItem> NewHouseholdAsync(CmsWebFactory site, string head, int n)
    {
        var item = await site.WithContentAsync(c => c.NewAsync(nameof(MonitoredHousehold)));
        item.DisplayText = $"监测户 {head}";
        item.Year = IndustryTestData.Year;
        item.Set(nameof(PersonRecord.PersonName), head).Set(nameof(PersonRecord.PersonIdNumber), IdNumber(n))
            .Set(nameof(MonitoredHousehold.HouseholdSize), 4m).Set(nameof(MonitoredHousehold.Category), "边缘易致贫户")
            .Set(nameof(MonitoredHousehold.Risks), new System.Text.Json.Nodes.JsonArray("因病", "缺劳力"));
        return item;
    }

    public static async Task<ContentItem> NewLandRightsAsync(CmsWebFactory site, string head, int n, bool confirmed)
    {
        var item = await site.WithContentAsync(c => c.NewAsync(nameof(ContractLandRights)));
        item.DisplayText = $"承包地 {head}";
        item.Year = IndustryTestData.Year;
        item.Set(nameof(PersonRecord.PersonName), head).Set(nameof(PersonRecord.PersonIdNumber), IdNumber(n))
            .Set(nameof(ContractLandRights.AreaMu), 6.5m).Set(nameof(ContractLandRights.RightsConfirmed), confirmed);
        return item;
    }

    public static async Task<ContentItem> PublishAsync(CmsWebFactory site, ContentItem item) =>
        await IndustryTestData.PublishAsync(site, (await IndustryTestData.SaveAsync(site, item)).ContentItemId);
}

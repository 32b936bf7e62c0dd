using System.Net;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Employment.Controllers;
using Jingyuan.Cms.Modules.Employment.Models;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.Modules.SocialSecurity;
using Jingyuan.Cms.Tests.TestSupport;
using Work = Jingyuan.Cms.Modules.Employment.Models.EmploymentRecord.Work;

namespace Jingyuan.Cms.Tests.Modules.Employment;

/// <summary>
/// 应享尽享核对 lists the labour migrants in transfer employment who drew no subsidy in the year: matched by ID
/// number across the two ledgers, masked, within the viewer's unit; a unit of no employment ledger is refused.
/// </summary>
public sealed class EntitlementCheckTests
{
    private const string Page = "/" + EntitlementCheckController.Path + "?year=2023";

    [Theory, ClassData(typeof(Databases))]
    public async Task Labour_migrants_in_work_without_a_subsidy_of_the_year_are_listed_masked(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await IndustryTestData.SeedPlanAsync(site);
        var hr = await SocialSecurityTestData.UnitAsync(site, "人社局");
        await site.CreateUserAsync("rsj", BuiltInRoles.DepartmentEditor, hr);
        await site.CreateUserAsync("mzj", BuiltInRoles.DepartmentEditor, await SocialSecurityTestData.UnitAsync(site, "民政局"));
        var paid = await Worker(site, 71, hr);
        var unpaid = await Worker(site, 72, hr);
        var paidLastYear = await Worker(site, 73, hr);
        var ecological = await Worker(site, 74, hr, EmploymentRecord.Migrants.Ecological);
        var notInWork = await Worker(site, 75, hr, form: Work.None);
        await Subsidy(site, 71, hr, 2023);
        await Subsidy(site, 73, hr, 2022);

        using var editor = await site.LoginAsync("rsj");
        var page = await editor.GetPageAsync(Page);
        Assert.Contains(unpaid, page);
        Assert.Contains(paidLastYear, page);
        Assert.DoesNotContain(paid, page);
        Assert.DoesNotContain(ecological, page);
        Assert.DoesNotContain(notInWork, page);
        Assert.Contains(PersonalDataMask.Mask("马测72"), page);
        Assert.DoesNotContain("马测72", page);
        Assert.DoesNotContain(SocialSecurityTestData.IdNumber(72), page);

        using var civil = await site.LoginAsync("mzj");
        Assert.Equal(HttpStatusCode.Forbidden, (await civil.GetAsync(Page)).StatusCode);
    }

    private static async Task<string> Worker(CmsWebFactory site, int n, int unit, string kind = EmploymentRecord.Migrants.Labour,
        string form = Work.OutsideRegion)
    {
        var item = await EmploymentTestData.NewWorkerAsync(site, n, form, kind);
        item.DepartmentId = unit;
        return (await EmploymentTestData.PublishAsync(site, item)).ContentItemId;
    }

    private static async Task Subsidy(CmsWebFactory site, int n, int unit, int year)
    {
        var item = await EmploymentTestData.NewRecordAsync(site, nameof(EmploymentSubsidy), "补贴",
            (nameof(PersonRecord.PersonName), $"马测{n}"), (nameof(PersonRecord.PersonIdNumber), SocialSecurityTestData.IdNumber(n)),
            (nameof(EmploymentSubsidy.Policy), "交通补贴"), (nameof(EmploymentSubsidy.AmountYuan), 500), (nameof(EmploymentSubsidy.PaidOn), $"{year}-05-01"));
        item.Year = year;
        item.DepartmentId = unit;
        await EmploymentTestData.PublishAsync(site, item);
    }
}

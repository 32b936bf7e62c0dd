using System.Net;
using ClosedXML.Excel;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules.SocialSecurity.Models;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Admin;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.SocialSecurity;

/// <summary>
/// Excel exports of the people ledgers: the person block declared by the kit (<c>PersonDetails()</c>) is in clear
/// only with ExportPersonalData, masked otherwise, every export audited with its type and count; and a unit
/// without a right on a ledger (人社局 on 民政局's 防返贫监测对象) gets no export of it at all.
/// </summary>
public sealed class PeopleLedgerExportTests
{
    private const string Name = "马小明";
    private const string Household = "马大山";
    private const string Phone = "13909541234";

    [Theory, ClassData(typeof(Databases))]
    public async Task Personal_columns_are_clear_only_with_the_export_right_and_every_export_is_audited(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await IndustryTestData.SeedPlanAsync(site);
        var civilAffairs = await SocialSecurityTestData.UnitAsync(site, "民政局");
        var idNumber = SocialSecurityTestData.IdNumber(41);
        var item = await site.WithContentAsync(c => c.NewAsync(nameof(AssistanceCase)));
        item.DisplayText = "救助 41";
        item.Year = IndustryTestData.Year;
        item.DepartmentId = civilAffairs;
        item.Set(nameof(PersonRecord.PersonName), Name).Set(nameof(PersonRecord.PersonIdNumber), idNumber)
            .Set(nameof(PersonRecord.PersonPhone), Phone).Set(nameof(PersonRecord.PersonHousehold), Household)
            .Set(nameof(AssistanceCase.Kind), "低保").Set(nameof(AssistanceCase.FromDate), "2023-01-01").Set(nameof(AssistanceCase.Township), "香水镇");
        await IndustryTestData.SaveAsync(site, item);
        await site.CreateUserAsync("mzj", BuiltInRoles.DepartmentEditor, civilAffairs);
        using var mzj = await site.LoginAsync("mzj");
        const string url = "/admin/content/sheets/" + nameof(AssistanceCase) + "/export.xlsx";

        var clear = await CellsAsync(mzj, url);
        foreach (var value in new[] { Name, idNumber, Phone, Household }) Assert.Contains(value, clear);
        var clearEntry = Assert.Single(await site.AuditAsync(AuditEvents.DataExported));
        Assert.Equal(nameof(AssistanceCase), clearEntry.ContentType);
        Assert.Contains("低保/特困/临时救助 1 条", clearEntry.Summary);
        Assert.Contains("含个人信息明文", clearEntry.Summary);

        await RevokeExportRightAsync(site);
        var masked = await CellsAsync(mzj, url);
        foreach (var value in new[] { Name, idNumber, Phone, Household }) Assert.DoesNotContain(value, masked);
        foreach (var value in new[] { Name, idNumber, Phone, Household }) Assert.Contains(PersonalDataMask.Mask(value), masked);
        Assert.Contains("香水镇", masked);
        var maskedEntry = (await site.AuditAsync(AuditEvents.DataExported)).Last();
        Assert.Equal(nameof(AssistanceCase), maskedEntry.ContentType);
        Assert.Contains("低保/特困/临时救助 1 条", maskedEntry.Summary);
        Assert.Contains("个人信息已脱敏", maskedEntry.Summary);
    }

    [Fact]
    public async Task A_unit_without_a_right_on_the_ledger_cannot_export_it()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        var civilAffairs = await SocialSecurityTestData.UnitAsync(site, "民政局");
        var household = await SocialSecurityTestData.NewHouseholdAsync(site, Name, 42);
        household.DepartmentId = civilAffairs;
        await IndustryTestData.SaveAsync(site, household);
        await site.CreateUserAsync("rsj", BuiltInRoles.DepartmentEditor, await SocialSecurityTestData.UnitAsync(site, "人社局"));
        using var rsj = await site.LoginAsync("rsj");

        foreach (var type in new[] { nameof(MonitoredHousehold), nameof(AssistanceCase) })
        {
            var response = await rsj.GetAsync($"/admin/content/sheets/{type}/export.xlsx");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Empty(await site.AuditAsync(AuditEvents.DataExported));
        // The chapter's other ledgers stay exportable for 人社局, which keeps them.
        Assert.Equal(HttpStatusCode.OK, (await rsj.GetAsync($"/admin/content/sheets/{nameof(PensionTransfer)}/export.xlsx")).StatusCode);
    }

    private static async Task<List<string>> CellsAsync(TestClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
        return book.Worksheets.First().CellsUsed().Select(c => c.GetFormattedString()).ToList();
    }

    private static Task RevokeExportRightAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        var grants = sp.GetRequiredService<PermissionGrants>();
        var role = await sp.GetRequiredService<CmsDbContext>().Roles.AsNoTracking().SingleAsync(r => r.Name == BuiltInRoles.DepartmentEditor);
        var kept = (await grants.PermissionsOfRoleAsync(BuiltInRoles.DepartmentEditor))
            .Where(p => p != PersonalDataPermissions.ExportPersonalData.Name).ToList();
        await grants.SetRolePermissionsAsync(role.Id, kept);
    });
}

using System.Net;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Admin;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jingyuan.Cms.Tests.Security.PersonalDataStorageTests;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>Masked by default in the editor and in exports; clear only with a right, and always audited.</summary>
public sealed class PersonalDataAccessTests
{
    [Fact]
    public async Task The_editor_shows_masked_values_and_an_unchanged_form_keeps_the_stored_ones()
    {
        await using var site = new CmsWebFactory();
        await DefineHouseholdTypeAsync(site);
        var dept = await site.AddDepartmentAsync("民政局");
        var item = await SaveHouseholdAsync(site, dept);
        await site.CreateUserAsync("ma", BuiltInRoles.DepartmentEditor, dept);
        using var editor = await site.LoginAsync("ma");
        var url = $"/admin/content/{item.ContentItemId}/edit";

        var page = await editor.GetPageAsync(url);
        Assert.DoesNotContain(IdNumber, page);
        Assert.DoesNotContain(Phone, page);
        Assert.Contains("value=\"6404**********123X\"", page);
        Assert.Contains("value=\"139****5678\"", page);
        Assert.Contains($"data-reveal-url=\"/admin/content/{item.ContentItemId}/personal/Phone\"", page);

        // The form posted back as shown, with only the village changed.
        var saved = await editor.PostFormAsync(url, url, new()
        {
            ["stamp"] = item.ConcurrencyStamp, ["DisplayText"] = item.DisplayText, ["Year"] = "2023",
            ["f.Holder"] = "马*花", ["f.IdNumber"] = "6404**********123X", ["f.Phone"] = "139****5678", ["f.Village"] = "新民村",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var latest = (await site.WithContentAsync(c => c.GetLatestAsync(item.ContentItemId)))!;
        Assert.Equal(2, latest.Number);
        Assert.Equal(IdNumber, latest.GetText("IdNumber"));
        Assert.Equal(Phone, latest.GetText("Phone"));
        Assert.Equal("马小花", latest.GetText("Holder"));
        Assert.Equal("新民村", latest.GetText("Village"));

        // A half-masked value is refused rather than stored with its stars.
        var refused = await editor.PostFormAsync(url, url, new()
        {
            ["stamp"] = latest.ConcurrencyStamp, ["DisplayText"] = item.DisplayText, ["Year"] = "2023",
            ["f.Holder"] = "马*花", ["f.IdNumber"] = "6404**********123X", ["f.Phone"] = "139****0000", ["f.Village"] = "新民村",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("不能含 *", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Reveal_needs_the_right_and_the_department_and_is_audited()
    {
        await using var site = new CmsWebFactory();
        await DefineHouseholdTypeAsync(site);
        var dept = await site.AddDepartmentAsync("民政局");
        var other = await site.AddDepartmentAsync("水务局");
        var item = await SaveHouseholdAsync(site, dept);
        await site.CreateUserAsync("ma", BuiltInRoles.DepartmentEditor, dept);
        await site.CreateUserAsync("niu", BuiltInRoles.DepartmentEditor, other);
        await site.CreateUserAsync("shen", BuiltInRoles.Auditor);
        var form = $"/admin/content/{item.ContentItemId}/edit";
        var reveal = $"/admin/content/{item.ContentItemId}/personal/IdNumber";

        using var owner = await site.LoginAsync("ma");
        var answer = await owner.PostFormAsync(form, reveal, []);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var json = JsonNode.Parse(await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(IdNumber, json["value"]!.GetValue<string>());

        var entry = Assert.Single(await site.AuditAsync(AuditEvents.PersonalDataRevealed));
        Assert.Equal("ma", entry.UserName);
        Assert.Equal(item.ContentItemId, entry.ContentItemId);
        Assert.Contains("身份证号", entry.Summary);
        Assert.DoesNotContain(IdNumber, entry.Summary);

        using var foreign = await site.LoginAsync("niu");
        Assert.True(AdminPages.IsDenied(await foreign.PostFormAsync("/admin", reveal, [])));
        using var auditor = await site.LoginAsync("shen");
        Assert.True(AdminPages.IsDenied(await auditor.PostFormAsync("/admin", reveal, [])));

        // Without the right, the owner's department is not enough.
        await RevokeAsync(site, BuiltInRoles.DepartmentEditor, PersonalDataPermissions.RevealPersonalData);
        Assert.True(AdminPages.IsDenied(await owner.PostFormAsync(form, reveal, [])));
        Assert.DoesNotContain("data-reveal-url", await owner.GetPageAsync(form));
        Assert.Single(await site.AuditAsync(AuditEvents.PersonalDataRevealed));
    }

    [Fact]
    public async Task Exports_are_masked_without_the_right_clear_with_it_and_always_audited_and_signed()
    {
        await using var site = new CmsWebFactory();
        await DefineHouseholdTypeAsync(site);
        var dept = await site.AddDepartmentAsync("民政局");
        await SaveHouseholdAsync(site, dept);
        await site.CreateUserAsync("ma", BuiltInRoles.DepartmentEditor, dept);
        using var editor = await site.LoginAsync("ma");
        var url = $"/admin/content/sheets/{PersonalDataStorageTests.Type}/export.xlsx";

        using (var book = await WorkbookAsync(editor, url))
        {
            var cells = Cells(book.Worksheets.First());
            Assert.Contains(IdNumber, cells);
            Assert.Contains(Phone, cells);
            Assert.Equal("ma", book.Properties.Author);
            var info = book.Worksheet("导出信息");
            Assert.Equal("ma", info.Cell(1, 2).GetString());
            Assert.Contains("含个人信息明文", info.Cell(3, 2).GetString());
        }
        var clearEntry = Assert.Single(await site.AuditAsync(AuditEvents.DataExported));
        Assert.Equal("ma", clearEntry.UserName);
        Assert.Contains("1 条", clearEntry.Summary);
        Assert.Contains("含个人信息明文", clearEntry.Summary);

        await RevokeAsync(site, BuiltInRoles.DepartmentEditor, PersonalDataPermissions.ExportPersonalData);
        using (var book = await WorkbookAsync(editor, url))
        {
            var cells = Cells(book.Worksheets.First());
            Assert.DoesNotContain(IdNumber, cells);
            Assert.DoesNotContain(Phone, cells);
            Assert.Contains("6404**********123X", cells);
            Assert.Contains("139****5678", cells);
            Assert.Contains("惠民村", cells);
        }
        var masked = (await site.AuditAsync(AuditEvents.DataExported)).Last();
        Assert.Contains("个人信息已脱敏", masked.Summary);
    }

    private static async Task<XLWorkbook> WorkbookAsync(TestClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
    }

    private static List<string> Cells(IXLWorksheet sheet) =>
        sheet.CellsUsed().Select(c => c.GetFormattedString()).ToList();

    private static Task RevokeAsync(CmsWebFactory site, string roleName, Permission permission) => site.WithServicesAsync(async sp =>
    {
        var grants = sp.GetRequiredService<PermissionGrants>();
        var role = await sp.GetRequiredService<CmsDbContext>().Roles.AsNoTracking().SingleAsync(r => r.Name == roleName);
        var kept = (await grants.PermissionsOfRoleAsync(roleName)).Where(p => p != permission.Name).ToList();
        await grants.SetRolePermissionsAsync(role.Id, kept);
    });
}

using System.Net;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Admin;

public sealed class ContentTypeAdminTests
{
    private const string AddField = "/admin/content-types/Report/fields/add";

    private static Task<ResolvedContentType?> TypeAsync(CmsWebFactory site) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("Report"));

    private static async Task<TestClient> SiteWithReportTypeAsync(CmsWebFactory site)
    {
        var admin = await site.LoginAsync("admin");
        var created = await admin.PostFormAsync("/admin/content-types/create", "/admin/content-types/create",
            new() { ["Name"] = "Report", ["DisplayName"] = "进度报告", ["Description"] = "各部门报送的进度" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/admin/content-types/Report/edit", created.Headers.Location?.OriginalString);
        return admin;
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Adding_a_required_number_field_with_min_and_max_saves_the_definition(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var admin = await SiteWithReportTypeAsync(site);

        var response = await admin.PostFormAsync(AddField, AddField, new()
        {
            ["Name"] = "Households", ["Label"] = "安置户数", ["Kind"] = "Number", ["Required"] = "true",
            ["Unit"] = "户", ["Min"] = "0", ["Max"] = "5000", ["Indexed"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var type = await TypeAsync(site);
        Assert.Equal("进度报告", type!.Type.DisplayName);
        Assert.Equal(["Report"], type.Type.Parts);
        var field = Assert.Single(type.Fields);
        Assert.Equal(("Households", "安置户数", FieldKind.Number, true), (field.Name, field.Label, field.Kind, field.Required));
        Assert.Equal((0m, 5000m, "户", true), (field.Settings.Min, field.Settings.Max, field.Settings.Unit, field.Settings.Indexed));
        Assert.Contains("安置户数", await admin.GetPageAsync("/admin/content-types/Report/edit"));
        Assert.Contains("进度报告", await admin.GetPageAsync("/admin/content-types"));
        Assert.Contains(await site.AuditAsync(Audit.AuditEvents.ContentTypeChanged), e => e.Diff?.Contains("Households") == true);
    }

    [Theory]
    [InlineData("1st", "Text", "", "", "", "Name", "字段名只能由字母和数字组成")]
    [InlineData("Bad", "Number", "10", "1", "", "Max", "最小值不能大于最大值")]
    [InlineData("Pick", "Choice", "", "", "", "Options", "至少需要一个选项")]
    [InlineData("Photos", "Files", "", "", "jpg exe!", "AllowedExtensions", "扩展名格式不正确")]
    public async Task A_bad_field_shows_the_error_next_to_the_input_and_saves_nothing(
        string name, string kind, string min, string max, string extensions, string input, string message)
    {
        await using var site = new CmsWebFactory();
        var admin = await SiteWithReportTypeAsync(site);

        var response = await admin.PostFormAsync(AddField, AddField, new()
        {
            ["Name"] = name, ["Label"] = "测试", ["Kind"] = kind, ["Min"] = min, ["Max"] = max, ["AllowedExtensions"] = extensions,
            ["MaxFileMb"] = "10", ["MaxFiles"] = "5",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, AdminPages.FieldError(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), input));
        Assert.Empty((await TypeAsync(site))!.Fields);
    }

    [Fact]
    public async Task Form_and_definition_errors_show_together()
    {
        await using var site = new CmsWebFactory();
        var admin = await SiteWithReportTypeAsync(site);

        var response = await admin.PostFormAsync(AddField, AddField, new() { ["Name"] = "1x", ["Label"] = "", ["Kind"] = "Number", ["Min"] = "5", ["Max"] = "1" });

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("字段名只能由字母和数字组成", AdminPages.FieldError(html, "Name"));
        Assert.Equal("请填写标签", AdminPages.FieldError(html, "Label"));
        Assert.Contains("最小值不能大于最大值", AdminPages.FieldError(html, "Max"));
        Assert.Empty((await TypeAsync(site))!.Fields);
    }

    [Fact]
    public async Task A_duplicate_field_name_or_type_name_is_refused_next_to_the_name()
    {
        await using var site = new CmsWebFactory();
        var admin = await SiteWithReportTypeAsync(site);
        await admin.PostFormAsync(AddField, AddField, new() { ["Name"] = "Title", ["Label"] = "标题", ["Kind"] = "Text" });

        var again = await admin.PostFormAsync(AddField, AddField, new() { ["Name"] = "title", ["Label"] = "标题2", ["Kind"] = "Text" });
        Assert.Contains("已有名为", AdminPages.FieldError(await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Name"));

        var type = await admin.PostFormAsync("/admin/content-types/create", "/admin/content-types/create",
            new() { ["Name"] = "report", ["DisplayName"] = "重复" });
        Assert.Contains("已有名为", AdminPages.FieldError(await type.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Name"));
        var badName = await admin.PostFormAsync("/admin/content-types/create", "/admin/content-types/create",
            new() { ["Name"] = "进度", ["DisplayName"] = "中文名" });
        Assert.Contains("只能由字母和数字组成", AdminPages.FieldError(await badName.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Name"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Fields_are_edited_reordered_and_removed(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var admin = await SiteWithReportTypeAsync(site);
        await admin.PostFormAsync(AddField, AddField, new() { ["Name"] = "Title", ["Label"] = "标题", ["Kind"] = "Text" });
        await admin.PostFormAsync(AddField, AddField, new()
        {
            ["Name"] = "Stage", ["Label"] = "阶段", ["Kind"] = "Choice", ["Options"] = "未开始\n进行中\n已完成\n",
        });
        await admin.PostFormAsync(AddField, AddField, new() { ["Name"] = "IdNumber", ["Label"] = "身份证号", ["Kind"] = "Text", ["Personal"] = "true" });

        const string edit = "/admin/content-types/Report/edit";
        var saved = await admin.PostFormAsync(edit, edit, new()
        {
            ["DisplayName"] = "项目进度报告", ["Description"] = "",
            ["Fields[0].Name"] = "Title", ["Fields[0].Label"] = "报告标题", ["Fields[0].Required"] = "true",
            ["Fields[1].Name"] = "Stage", ["Fields[1].Label"] = "阶段", ["Fields[1].Options"] = "进行中\n已完成",
            ["Fields[2].Name"] = "IdNumber", ["Fields[2].Label"] = "身份证号", ["Fields[2].Personal"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var type = (await TypeAsync(site))!;
        Assert.Equal("项目进度报告", type.Type.DisplayName);
        Assert.True(type.Field("Title")!.Required);
        Assert.Equal("报告标题", type.Field("Title")!.Label);
        Assert.Equal(["进行中", "已完成"], type.Field("Stage")!.Settings.Options);
        Assert.True(type.Field("IdNumber")!.Settings.Personal);

        var emptyLabel = await admin.PostFormAsync(edit, edit, new()
        {
            ["DisplayName"] = "项目进度报告", ["Fields[0].Name"] = "Title", ["Fields[0].Label"] = "",
            ["Fields[1].Name"] = "Stage", ["Fields[1].Label"] = "阶段", ["Fields[1].Options"] = "",
            ["Fields[2].Name"] = "IdNumber", ["Fields[2].Label"] = "身份证号",
        });
        var html = await emptyLabel.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("请填写标签", AdminPages.FieldError(html, "Fields[0].Label"));
        var optionsResponse = await admin.PostFormAsync(edit, edit, new()
        {
            ["DisplayName"] = "项目进度报告", ["Fields[0].Name"] = "Title", ["Fields[0].Label"] = "报告标题",
            ["Fields[1].Name"] = "Stage", ["Fields[1].Label"] = "阶段", ["Fields[1].Options"] = "",
            ["Fields[2].Name"] = "IdNumber", ["Fields[2].Label"] = "身份证号",
        });
        Assert.Contains("至少需要一个选项", AdminPages.FieldError(await optionsResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Fields[1].Options"));
        Assert.Equal(["进行中", "已完成"], (await TypeAsync(site))!.Field("Stage")!.Settings.Options);

        await admin.PostFormAsync(edit, "/admin/content-types/Report/fields/IdNumber/up", []);
        Assert.Equal(["Title", "IdNumber", "Stage"], (await TypeAsync(site))!.Fields.Select(f => f.Name));
        await admin.PostFormAsync(edit, "/admin/content-types/Report/fields/Title/down", []);
        Assert.Equal(["IdNumber", "Title", "Stage"], (await TypeAsync(site))!.Fields.Select(f => f.Name));
        await admin.PostFormAsync(edit, "/admin/content-types/Report/fields/Title/remove", []);
        Assert.Equal(["IdNumber", "Stage"], (await TypeAsync(site))!.Fields.Select(f => f.Name));
    }
}

using System.Net;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Modules.Industry.Models;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Industry;

/// <summary>
/// 验收结果公示: the industry module drafts a 公示 of a unit's accepted projects through the notices
/// module's publisher; it waits for the reviewer like any notice.
/// </summary>
public sealed class AcceptanceNoticeTests
{
    private const string Page = "/admin/chapters/industry/acceptance-notice";

    [Fact]
    public async Task An_editor_drafts_the_publicity_of_their_units_accepted_projects_for_review()
    {
        await using var site = new CmsWebFactory();
        var (agriculture, science) = await UnitsAsync(site);
        await ProjectAsync(site, "园子村肉牛养殖园区", agriculture, "验收", publish: true);
        await ProjectAsync(site, "红旗村肉牛养殖园区", agriculture, "验收", publish: true);
        await ProjectAsync(site, "在建的肉牛项目", agriculture, "在建", publish: true);
        await ProjectAsync(site, "未发布的验收项目", agriculture, "验收", publish: false);
        await ProjectAsync(site, "科技局的验收项目", science, "验收", publish: true);
        await site.CreateUserAsync("acceptance-editor", BuiltInRoles.DepartmentEditor, agriculture);
        using var editor = await site.LoginAsync("acceptance-editor", CmsWebFactory.UserPassword);

        var page = await editor.GetPageAsync(Page);
        Assert.Contains("园子村肉牛养殖园区", page);
        Assert.Contains("红旗村肉牛养殖园区", page);
        foreach (var other in new[] { "在建的肉牛项目", "未发布的验收项目", "科技局的验收项目" }) Assert.DoesNotContain(other, page);

        var response = await editor.PostFormAsync(Page, Page, new()
        {
            ["Year"] = "2023", ["DepartmentId"] = science.ToString(), // the unit comes from the account, not the form
            ["PeriodStart"] = "2023-11-01", ["PeriodEnd"] = "2023-11-07", ["ObjectionPhone"] = "0954-5011234",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var notice = Assert.Single(await NoticesAsync(site));
        Assert.Equal($"/admin/content/{notice.ContentItemId}/edit", response.Headers.Location?.ToString());
        Assert.Equal(ContentStatus.Submitted, notice.Status);
        Assert.False(notice.Published);
        Assert.Equal("公示", notice.GetText("Kind"));
        Assert.Equal(agriculture, notice.GetInt("IssuingDepartment"));
        Assert.Matches("^2023年.*农业农村局产业项目验收结果公示$", notice.DisplayText);
        var body = notice.GetText("Body")!;
        Assert.Contains("园子村肉牛养殖园区", body);
        Assert.Contains("红旗村肉牛养殖园区", body);
        Assert.DoesNotContain("科技局的验收项目", body);
        Assert.DoesNotContain("验收结果公示", await site.CreateClient().GetStringAsync("/notices", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_form_without_a_period_or_contact_is_refused_at_those_fields_and_drafts_nothing()
    {
        await using var site = new CmsWebFactory();
        var (agriculture, _) = await UnitsAsync(site);
        await ProjectAsync(site, "园子村肉牛养殖园区", agriculture, "验收", publish: true);
        await site.CreateUserAsync("acceptance-editor", BuiltInRoles.DepartmentEditor, agriculture);
        using var editor = await site.LoginAsync("acceptance-editor", CmsWebFactory.UserPassword);

        var response = await editor.PostFormAsync(Page, Page, new()
        {
            ["Year"] = "2023", ["PeriodStart"] = "2023-11-07", ["PeriodEnd"] = "2023-11-01",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Matches("id=\"PeriodEnd-error\"[^>]*>[^<]*<span[^>]*>[^<]*不能早于开始日期", html);
        Assert.Matches("id=\"ObjectionPhone-error\"[^>]*>[^<]*<span[^>]*>[^<]*异议联系电话", html);
        Assert.Contains("value=\"2023-11-07\"", html); // what was typed stays on the form
        Assert.Empty(await NoticesAsync(site));
    }

    [Fact]
    public async Task Without_the_notices_module_there_is_nothing_to_draft_into()
    {
        await using var site = new CmsWebFactory();
        var (agriculture, _) = await UnitsAsync(site);
        await ProjectAsync(site, "园子村肉牛养殖园区", agriculture, "验收", publish: true);
        await site.CreateUserAsync("acceptance-editor", BuiltInRoles.DepartmentEditor, agriculture);
        using var editor = await site.LoginAsync("acceptance-editor", CmsWebFactory.UserPassword);
        var token = await editor.TokenFromAsync(Page);
        await site.WithServicesAsync(sp => sp.GetRequiredService<ModuleManager>().DisableAsync("Notices"));

        Assert.Contains("模块未启用", await editor.GetPageAsync(Page));
        var response = await editor.PostWithTokenAsync(Page, token, new Dictionary<string, string>
        {
            ["Year"] = "2023", ["PeriodStart"] = "2023-11-01", ["PeriodEnd"] = "2023-11-07", ["ObjectionPhone"] = "0954-5011234",
        });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_coordinating_office_chooses_the_unit()
    {
        await using var site = new CmsWebFactory();
        var (agriculture, science) = await UnitsAsync(site);
        await ProjectAsync(site, "园子村肉牛养殖园区", agriculture, "验收", publish: true);
        await ProjectAsync(site, "科技局的验收项目", science, "验收", publish: true);
        var coordinator = await site.WithServicesAsync(async sp => (await sp.GetRequiredService<IDepartmentStore>().FindByNameAsync("乡村振兴局"))!.Id);
        await site.CreateUserAsync("acceptance-reviewer", BuiltInRoles.Reviewer, coordinator);
        using var reviewer = await site.LoginAsync("acceptance-reviewer", CmsWebFactory.UserPassword);

        var page = await reviewer.GetPageAsync($"{Page}?year=2023&departmentId={science}");
        Assert.Contains("科技局的验收项目", page);
        Assert.DoesNotContain("园子村肉牛养殖园区", page);
        var response = await reviewer.PostFormAsync($"{Page}?year=2023&departmentId={science}", Page, new()
        {
            ["Year"] = "2023", ["DepartmentId"] = science.ToString(),
            ["PeriodStart"] = "2023-11-01", ["PeriodEnd"] = "2023-11-07", ["ObjectionAddress"] = "泾源县科技局办公室",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var notice = Assert.Single(await NoticesAsync(site));
        Assert.Equal(science, notice.GetInt("IssuingDepartment"));
        Assert.Contains("科技局的验收项目", notice.GetText("Body"));
    }

    private static Task<(int Agriculture, int Science)> UnitsAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        var departments = sp.GetRequiredService<IDepartmentStore>();
        return ((await departments.FindByNameAsync("农业农村局"))!.Id, (await departments.FindByNameAsync("科技局"))!.Id);
    });

    private static Task<IReadOnlyList<ContentItem>> NoticesAsync(CmsWebFactory site) => site.WithContentAsync(async c =>
        (await c.QueryAsync(new ContentQuery { ContentTypes = ["Notice"] })).Items);

    private static Task ProjectAsync(CmsWebFactory site, string title, int departmentId, string stage, bool publish) =>
        site.WithContentAsync(async c =>
        {
            var item = await c.NewAsync(nameof(IndustryProject));
            item.DisplayText = title;
            item.Year = 2023;
            item.DepartmentId = departmentId;
            item.Set(nameof(IndustryProject.Industry), IndustryProject.Industries.Cattle).Set(ProjectFields.Township, "香水镇")
                .Set(ProjectFields.Stage, stage).Set(nameof(ProjectRecord.Investment), 80m).Set("LinkageFund", 80m);
            item = await c.SaveDraftAsync(item, null);
            return publish ? await c.SubmitAndPublishAsync(item.ContentItemId) : item;
        });
}

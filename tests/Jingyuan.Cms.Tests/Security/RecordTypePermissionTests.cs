using System.Net;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Industry.Models;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Admin;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>
/// Each department maintains its own chapters: per-type rights go by default to the plan's lead and
/// responsible units of the chapter's tasks (产业发展 → 农业农村局, not 人社局), for every caller.
/// </summary>
public sealed class RecordTypePermissionTests
{
    private const string CreatePage = "/admin/content/new/" + nameof(IndustryProject);

    [Theory, ClassData(typeof(Databases))]
    public async Task A_human_resources_editor_cannot_create_an_industry_project_by_form_engine_or_import(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await IndustryTestData.SeedPlanAsync(site);
        var (agriculture, humanResources) = await UnitsAsync(site);
        await site.CreateUserAsync("rsj", BuiltInRoles.DepartmentEditor, humanResources);
        using var editor = await site.LoginAsync("rsj");

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(CreatePage)).StatusCode);
        var token = await editor.TokenFromAsync("/admin/content");
        var post = await editor.PostWithTokenAsync(CreatePage, token, [new("DisplayText", "人社局的肉牛项目"), new("Year", "2023")]);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/admin/content/sheets/{nameof(IndustryProject)}/import")).StatusCode);

        var project = await IndustryTestData.NewCattleProjectAsync(site, "人社局的肉牛项目", 100);
        project.DepartmentId = humanResources;
        var refused = await Assert.ThrowsAsync<ContentForbiddenException>(() =>
            site.AsUserAsync("rsj", BuiltInRoles.DepartmentEditor, humanResources, c => c.SaveDraftAsync(project, null)));
        Assert.Contains("不能新建", refused.Message);
        // The Excel import's write path: refused whole, nothing stored.
        await Assert.ThrowsAsync<ContentForbiddenException>(() => site.AsUserAsync("rsj", BuiltInRoles.DepartmentEditor, humanResources,
            c => c.CreateManyAsync(new ContentBatch { Items = [project] })));
        Assert.Equal(0, await CountAsync(site));

        // 农业农村局 leads task 2: its editor may.
        await site.CreateUserAsync("nyj", BuiltInRoles.DepartmentEditor, agriculture);
        using var farmer = await site.LoginAsync("nyj");
        Assert.Equal(HttpStatusCode.OK, (await farmer.GetAsync(CreatePage)).StatusCode);
        var own = await IndustryTestData.NewCattleProjectAsync(site, "农业农村局的肉牛项目", 100);
        own.DepartmentId = agriculture;
        var saved = await site.AsUserAsync("nyj", BuiltInRoles.DepartmentEditor, agriculture, c => c.SaveDraftAsync(own, null));
        await site.AsUserAsync("nyj", BuiltInRoles.DepartmentEditor, agriculture, c => c.SubmitAsync(saved.ContentItemId));
        Assert.Equal(1, await CountAsync(site));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_adjustment_by_the_security_administrator_takes_effect_at_once_and_is_audited(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await IndustryTestData.SeedPlanAsync(site);
        var (agriculture, humanResources) = await UnitsAsync(site);
        using var secadmin = await site.LoginAsync("secadmin");
        var page = $"/admin/record-permissions?department={humanResources}";
        Assert.Contains("产业项目", await secadmin.GetPageAsync(page));

        var granted = await secadmin.PostFieldsAsync(page, "/admin/record-permissions", ("department", humanResources.ToString()),
            ("grant", $"{nameof(IndustryProject)}|Create"), ("grant", $"{nameof(IndustryProject)}|EditOwn"));
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var project = await IndustryTestData.NewCattleProjectAsync(site, "调整后人社局可建", 10);
        project.DepartmentId = humanResources;
        await site.AsUserAsync("rsj", BuiltInRoles.DepartmentEditor, humanResources, c => c.SaveDraftAsync(project, null));
        Assert.Equal(1, await CountAsync(site));

        // Taking 农业农村局's create away refuses its editor from the next request on.
        var agriculturePage = $"/admin/record-permissions?department={agriculture}";
        var kept = new[] { "EditOwn", "Submit" }.Select(a => ("grant", $"{nameof(IndustryProject)}|{a}"));
        await secadmin.PostFieldsAsync(agriculturePage, "/admin/record-permissions", [("department", agriculture.ToString()), .. kept]);
        var farm = await IndustryTestData.NewCattleProjectAsync(site, "撤销后不能新建", 10);
        farm.DepartmentId = agriculture;
        await Assert.ThrowsAsync<ContentForbiddenException>(() =>
            site.AsUserAsync("nyj", BuiltInRoles.DepartmentEditor, agriculture, c => c.SaveDraftAsync(farm, null)));

        var audit = await site.AuditAsync(AuditEvents.PermissionChanged);
        Assert.Contains(audit, e => e.DepartmentId == humanResources && e.Diff!.Contains($"+ {humanResources}:CreateRecord_{nameof(IndustryProject)}"));
        Assert.Contains(audit, e => e.DepartmentId == agriculture && e.Diff!.Contains($"- {agriculture}:CreateRecord_{nameof(IndustryProject)}"));

        // A department editor may not open the page.
        await site.CreateUserAsync("nyj2", BuiltInRoles.DepartmentEditor, agriculture);
        using var editor = await site.LoginAsync("nyj2");
        Assert.True(AdminPages.IsDenied(await editor.GetAsync(agriculturePage)));
    }

    [Fact]
    public async Task A_publish_grant_lets_a_unit_publish_that_type_only_and_a_view_grant_opens_another_units_records()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        var (agriculture, humanResources) = await UnitsAsync(site);
        var project = await IndustryTestData.NewCattleProjectAsync(site, "待本单位发布", 10);
        project.DepartmentId = agriculture;
        var saved = await site.AsUserAsync("nyj", BuiltInRoles.DepartmentEditor, agriculture, c => c.SaveDraftAsync(project, null));
        await site.AsUserAsync("nyj", BuiltInRoles.DepartmentEditor, agriculture, c => c.SubmitAsync(saved.ContentItemId));
        await Assert.ThrowsAsync<ContentForbiddenException>(() =>
            site.AsUserAsync("nyj", BuiltInRoles.DepartmentEditor, agriculture, c => c.PublishAsync(saved.ContentItemId)));

        await site.WithServicesAsync(sp => sp.GetRequiredService<RecordTypeGrants>().SetAsync(
            [(agriculture, nameof(IndustryProject), RecordTypeAction.Publish, true), (humanResources, nameof(IndustryProject), RecordTypeAction.ViewInternal, true)],
            "test", DateTime.UtcNow));
        var published = await site.AsUserAsync("nyj", BuiltInRoles.DepartmentEditor, agriculture, c => c.PublishAsync(saved.ContentItemId));
        Assert.Equal(ContentStatus.Published, published.Status);

        await site.CreateUserAsync("rsj", BuiltInRoles.DepartmentEditor, humanResources);
        using var rsj = await site.LoginAsync("rsj");
        Assert.Equal(HttpStatusCode.OK, (await rsj.GetAsync($"/admin/content/{saved.ContentItemId}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rsj.GetAsync($"/admin/content/{saved.ContentItemId}/edit")).StatusCode);
    }

    [Fact]
    public async Task A_ledger_the_administrator_attached_to_next_years_chapter_is_kept_by_that_chapters_units_only()
    {
        await using var site = new CmsWebFactory();
        await site.WithServicesAsync(sp => Jingyuan.Cms.Tests.Admin.Plan.AdminTargetRuleTests.PlanAsync(sp, withLedger: true));
        var (_, humanResources) = await UnitsAsync(site);
        var township = await site.WithServicesAsync(async sp => (await sp.GetRequiredService<IDepartmentStore>().FindByNameAsync("香水镇"))!.Id);
        await site.CreateUserAsync("rsj", BuiltInRoles.DepartmentEditor, humanResources);
        await site.CreateUserAsync("xsz", BuiltInRoles.DepartmentEditor, township);
        const string page = "/admin/content/new/" + Jingyuan.Cms.Tests.Admin.Plan.AdminTargetRuleTests.Ledger;

        // Task 30 of 2024's chapter 十: 农业农村局 leads, the townships are responsible; 人社局 is neither.
        using var rsj = await site.LoginAsync("rsj");
        Assert.Equal(HttpStatusCode.Forbidden, (await rsj.GetAsync(page)).StatusCode);
        using var xsz = await site.LoginAsync("xsz");
        Assert.Equal(HttpStatusCode.OK, (await xsz.GetAsync(page)).StatusCode);

        // The record-permissions page lists it under its chapter, so the administrator can adjust it.
        using var secadmin = await site.LoginAsync("secadmin");
        var matrix = await secadmin.GetPageAsync($"/admin/record-permissions?department={humanResources}");
        Assert.Contains("村集体经济收入台账", matrix);
        Assert.Contains("壮大村集体经济", matrix);
    }

    [Fact]
    public async Task A_department_editors_menu_shows_only_the_chapters_their_unit_works_on()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        var (agriculture, humanResources) = await UnitsAsync(site);
        await site.CreateUserAsync("nyj", BuiltInRoles.DepartmentEditor, agriculture);
        await site.CreateUserAsync("rsj", BuiltInRoles.DepartmentEditor, humanResources);
        using var farmer = await site.LoginAsync("nyj");
        using var rsj = await site.LoginAsync("rsj");

        Assert.Contains("/admin/chapters/industry", await farmer.GetPageAsync("/admin"));
        Assert.DoesNotContain("/admin/chapters/industry", await rsj.GetPageAsync("/admin"));
        using var admin = await site.LoginAsync("admin");
        Assert.Contains("/admin/chapters/industry", await admin.GetPageAsync("/admin"));
    }

    [Fact]
    public async Task A_department_editor_without_a_department_is_refused_in_the_user_admin_and_warned_at_sign_in()
    {
        await using var site = new CmsWebFactory();
        using var secadmin = await site.LoginAsync("secadmin");
        var response = await secadmin.PostFieldsAsync("/admin/users/create", "/admin/users/create",
            ("UserName", "nodept"), ("DisplayName", "无部门"), ("DepartmentId", ""),
            ("Roles", BuiltInRoles.DepartmentEditor), ("Password", "Good-Pass-2023"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("部门编辑必须选择所属部门", AdminPages.FieldError(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "DepartmentId"));

        // One made before the rule (or directly in the database) is told why they can do nothing, and can write nothing.
        await site.CreateUserAsync("legacy", BuiltInRoles.DepartmentEditor);
        using var legacy = await site.LoginAsync("legacy");
        Assert.Contains("尚未设置所属部门", await legacy.GetPageAsync("/admin"));
        await TestContent.DefineTypeAsync(site);
        var item = await site.WithContentAsync(c => c.NewAsync(TestContent.Type));
        item.DisplayText = "无部门的记录";
        await Assert.ThrowsAsync<ContentForbiddenException>(() =>
            site.AsUserAsync("legacy", BuiltInRoles.DepartmentEditor, null, c => c.SaveDraftAsync(item, null)));
    }

    private static Task<(int Agriculture, int HumanResources)> UnitsAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        var units = sp.GetRequiredService<IDepartmentStore>();
        return ((await units.FindByNameAsync("农业农村局"))!.Id, (await units.FindByNameAsync("人社局"))!.Id);
    });

    private static Task<int> CountAsync(CmsWebFactory site) => site.WithContentAsync(async c =>
        (await c.QueryAsync(new ContentQuery { ContentTypes = [nameof(IndustryProject)], PageSize = 1 })).Total);
}

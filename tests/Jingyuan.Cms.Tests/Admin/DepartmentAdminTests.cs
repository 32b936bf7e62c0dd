using System.Net;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Admin;

public sealed class DepartmentAdminTests
{
    private static Task<List<Department>> DepartmentsAsync(CmsWebFactory site) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Department>().AsNoTracking().OrderBy(d => d.Id).ToListAsync());

    [Theory, ClassData(typeof(Databases))]
    public async Task Departments_are_created_with_unique_names_and_kinds_shown_in_chinese(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var admin = await site.LoginAsync("admin");
        var seeded = (await DepartmentsAsync(site)).Select(d => d.Id).ToHashSet();

        var created = await admin.PostFormAsync("/admin/departments/create", "/admin/departments/create",
            new() { ["Name"] = "测试新设乡", ["Kind"] = "Township", ["Aliases"] = "新设", ["SortOrder"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await admin.GetPageAsync("/admin/departments");
        Assert.Contains("测试新设乡", list);
        Assert.Contains("乡镇", list);

        var duplicate = await admin.PostFormAsync("/admin/departments/create", "/admin/departments/create",
            new() { ["Name"] = "测试新设乡", ["Kind"] = "Bureau", ["SortOrder"] = "1" });
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("已有名为", AdminPages.FieldError(await duplicate.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Name"));

        var badOrder = await admin.PostFormAsync("/admin/departments/create", "/admin/departments/create",
            new() { ["Name"] = "水务局", ["Kind"] = "Bureau", ["SortOrder"] = "abc" });
        Assert.NotEqual("", AdminPages.FieldError(await badOrder.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "SortOrder"));

        var department = Assert.Single(await DepartmentsAsync(site), d => !seeded.Contains(d.Id));
        Assert.Equal((DepartmentKind.Township, "新设", 3), (department.Kind, department.Aliases, department.SortOrder));

        var edit = $"/admin/departments/{department.Id}/edit";
        await admin.PostFormAsync(edit, edit, new() { ["Name"] = "测试新设乡人民政府", ["Kind"] = "Township", ["Aliases"] = "测试新设乡", ["SortOrder"] = "3" });
        Assert.Equal("测试新设乡人民政府", Assert.Single(await DepartmentsAsync(site), d => !seeded.Contains(d.Id)).Name);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_department_that_users_content_or_plan_tasks_refer_to_cannot_be_deleted(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var byUser = await site.AddDepartmentAsync("农业农村局");
        var byTask = await site.AddDepartmentAsync("测试任务局");
        var byContent = await site.AddDepartmentAsync("水务局");
        await TestContent.DefineTypeAsync(site);
        await TestContent.DraftAsync(site, "水厂进度", 3, byContent);
        var unused = await site.AddDepartmentAsync("测试未用局");
        await site.CreateUserAsync("wangwu", BuiltInRoles.DepartmentEditor, byUser);
        await site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            db.Add(new PlanYear
            {
                Year = 2030, Title = "测试年度方案",
                Chapters = [new PlanChapter { Number = 1, Title = "提升产业发展水平", Tasks = [new PlanTask { Number = 1, Title = "发展肉牛产业", ResponsibleUnitIds = [byTask] }] }],
            });
            await db.SaveChangesAsync();
        });
        var admin = await site.LoginAsync("admin");

        var refused = await admin.PostFormAsync("/admin/departments", $"/admin/departments/{byUser}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var page = await admin.GetPageAsync("/admin/departments");
        Assert.Contains("不能删除部门“农业农村局”", page);
        Assert.Contains("1 个用户", page);
        await admin.PostFormAsync("/admin/departments", $"/admin/departments/{byTask}/delete", []);
        Assert.Contains("1 项方案任务", await admin.GetPageAsync("/admin/departments"));
        await admin.PostFormAsync("/admin/departments", $"/admin/departments/{byContent}/delete", []);
        Assert.Contains("1 条内容", await admin.GetPageAsync("/admin/departments"));

        await admin.PostFormAsync("/admin/departments", $"/admin/departments/{unused}/delete", []);
        var remaining = (await DepartmentsAsync(site)).Select(d => d.Id).ToList();
        Assert.DoesNotContain(unused, remaining);
        Assert.Contains(byUser, remaining);
        Assert.Contains(byTask, remaining);
        Assert.Contains(byContent, remaining);
    }
}

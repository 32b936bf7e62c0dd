using System.Net;
using System.Reflection;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Jingyuan.Cms.Web.Areas.Admin.Controllers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Admin;

/// <summary>The system pages check permissions on the server, for every GET and POST.</summary>
public sealed class AdminAccessTests
{
    private sealed record Fixture(string AdminId, string RoleId, int DepartmentId);

    private static async Task<Fixture> SetUpAsync(CmsWebFactory site)
    {
        var dept = await site.AddDepartmentAsync("生态移民局");
        await site.CreateUserAsync("editor", BuiltInRoles.DepartmentEditor, dept);
        await site.CreateUserAsync("auditor", BuiltInRoles.Auditor, dept);
        return await site.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            var roles = sp.GetRequiredService<RoleManager<CmsRole>>();
            await roles.CreateAsync(new CmsRole("临时角色") { Description = "测试" });
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.SavePartAsync(new ContentPartDefinition
            {
                Name = "Notice", Fields = [new ContentFieldDefinition { Name = "Body", Label = "正文", Kind = FieldKind.LongText }],
            });
            await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = "Notice", DisplayName = "通知", Parts = ["Notice"] });
            var admin = await users.FindByNameAsync("admin");
            var role = await roles.FindByNameAsync("临时角色");
            return new Fixture(admin!.Id, role!.Id, dept);
        });
    }

    private static IEnumerable<string> Pages(Fixture f) =>
    [
        "/admin/users", "/admin/users/create", $"/admin/users/{f.AdminId}/edit", $"/admin/users/{f.AdminId}/password",
        "/admin/roles", "/admin/roles/create", $"/admin/roles/{f.RoleId}/edit", $"/admin/roles/{f.RoleId}/permissions",
        "/admin/departments", "/admin/departments/create", $"/admin/departments/{f.DepartmentId}/edit",
        "/admin/modules",
        "/admin/content-types", "/admin/content-types/create", "/admin/content-types/Notice/edit", "/admin/content-types/Notice/fields/add",
        "/admin/audit", "/admin/audit/1",
    ];

    private static IEnumerable<(string Url, (string, string)[] Fields)> Posts(Fixture f) =>
    [
        ("/admin/users/create", [("UserName", "intruder"), ("DisplayName", "入侵者"), ("Password", "Intruder-Pass-1"), ("Roles", BuiltInRoles.Administrator)]),
        ($"/admin/users/{f.AdminId}/edit", [("DisplayName", "被篡改"), ("Disabled", "true")]),
        ($"/admin/users/{f.AdminId}/password", [("Password", "Hacked-Pass-99")]),
        ($"/admin/users/{f.AdminId}/unlock", []),
        ("/admin/roles/create", [("Name", "后门角色")]),
        ($"/admin/roles/{f.RoleId}/edit", [("Name", "改名角色"), ("Description", "x")]),
        ($"/admin/roles/{f.RoleId}/delete", []),
        ($"/admin/roles/{f.RoleId}/permissions", [("permissions", "ManageUsers")]),
        ("/admin/departments/create", [("Name", "假部门"), ("Kind", "Other"), ("SortOrder", "1")]),
        ($"/admin/departments/{f.DepartmentId}/edit", [("Name", "改名局"), ("Kind", "Other"), ("SortOrder", "1")]),
        ($"/admin/departments/{f.DepartmentId}/delete", []),
        ("/admin/modules/Jingyuan.Cms.Anything/enable", []),
        ("/admin/modules/Jingyuan.Cms.Anything/disable", []),
        ("/admin/content-types/create", [("Name", "Backdoor"), ("DisplayName", "后门")]),
        ("/admin/content-types/Notice/edit", [("DisplayName", "改名"), ("Fields[0].Name", "Body"), ("Fields[0].Label", "改")]),
        ("/admin/content-types/Notice/fields/add", [("Name", "Extra"), ("Label", "额外"), ("Kind", "Text")]),
        ("/admin/content-types/Notice/fields/Body/remove", []),
        ("/admin/content-types/Notice/fields/Body/up", []),
        ("/admin/content-types/Notice/fields/Body/down", []),
    ];

    /// <summary>Everything an administrator page could change, as one comparable text.</summary>
    private static Task<string> SnapshotAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        var db = sp.GetRequiredService<CmsDbContext>();
        var users = (await db.Users.AsNoTracking().ToListAsync()).OrderBy(u => u.UserName)
            .Select(u => $"{u.UserName}|{u.DisplayName}|{u.DepartmentId}|{u.Disabled}|{u.SecurityStamp}|{u.PasswordHash}|{u.LockoutEnd}");
        var roles = (await db.Roles.AsNoTracking().ToListAsync()).OrderBy(r => r.Name).Select(r => $"{r.Name}|{r.Description}");
        var userRoles = (await db.UserRoles.AsNoTracking().ToListAsync()).Select(r => r.UserId + r.RoleId).Order();
        var claims = (await db.RoleClaims.AsNoTracking().ToListAsync()).Select(c => c.RoleId + c.ClaimValue).Order();
        var departments = (await db.Set<Departments.Department>().AsNoTracking().ToListAsync()).Select(d => $"{d.Id}|{d.Name}|{d.Kind}|{d.SortOrder}");
        var types = (await db.Set<ContentTypeRecord>().AsNoTracking().ToListAsync()).Select(t => t.Name + t.DefinitionJson).Order();
        var parts = (await db.Set<ContentPartRecord>().AsNoTracking().ToListAsync()).Select(p => p.Name + p.DefinitionJson).Order();
        var modules = (await db.Set<ModuleStateRecord>().AsNoTracking().ToListAsync()).Select(m => $"{m.ModuleId}|{m.Enabled}").Order();
        var audit = await db.Set<AuditEventRecord>().CountAsync(r => r.EventName != Audit.AuditEvents.LoginSucceeded);
        return string.Join("\n", [.. users, .. roles, .. userRoles, .. claims, .. departments, .. types, .. parts, .. modules, audit.ToString()]);
    });

    [Theory]
    [InlineData("editor")]
    [InlineData("auditor")]
    public async Task Users_without_the_permissions_are_refused_every_system_page_and_change_nothing(string userName)
    {
        await using var site = new CmsWebFactory();
        var fixture = await SetUpAsync(site);
        var client = await site.LoginAsync(userName);
        var before = await SnapshotAsync(site);

        foreach (var page in Pages(fixture).Where(p => userName != "auditor" || !p.StartsWith("/admin/audit", StringComparison.Ordinal)))
        {
            var response = await client.GetAsync(page);
            Assert.True(AdminPages.IsDenied(response), $"GET {page} answered {(int)response.StatusCode}");
        }
        // The token comes from a page the user may see; the permission check must still refuse the post.
        var token = await client.TokenFromAsync("/admin");
        foreach (var (url, fields) in Posts(fixture))
        {
            var response = await client.PostWithTokenAsync(url, token, fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2)));
            Assert.True(AdminPages.IsDenied(response), $"POST {url} answered {(int)response.StatusCode}");
        }

        Assert.Equal(before, await SnapshotAsync(site));
    }

    [Fact]
    public async Task An_auditor_reads_the_audit_trail_but_cannot_change_users()
    {
        await using var site = new CmsWebFactory();
        await SetUpAsync(site);
        var auditor = await site.LoginAsync("auditor");

        var list = await auditor.GetPageAsync("/admin/audit");
        Assert.Contains("登录成功", list);
        var first = (await site.AuditAsync(Audit.AuditEvents.LoginSucceeded)).First();
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/admin/audit/{first.Id}")).StatusCode);

        Assert.True(AdminPages.IsDenied(await auditor.GetAsync("/admin/users")));
        var token = await auditor.TokenFromAsync("/admin/audit");
        var post = await auditor.PostWithTokenAsync("/admin/users/create", token,
            [KeyValuePair.Create("UserName", "sneaky"), KeyValuePair.Create("DisplayName", "x"), KeyValuePair.Create("Password", "Sneaky-Pass-01")]);
        Assert.True(AdminPages.IsDenied(post));
        Assert.Null(await site.WithServicesAsync(sp => sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync("sneaky")));
    }

    [Fact]
    public void The_audit_pages_only_read()
    {
        var actions = typeof(AuditController).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.All(a.GetCustomAttributes<HttpMethodAttribute>(), m => Assert.Equal(new[] { "GET" }, m.HttpMethods)));
        Assert.All(actions, a => Assert.NotEmpty(a.GetCustomAttributes<HttpGetAttribute>()));
    }

    [Fact]
    public void Every_system_controller_requires_its_permission()
    {
        var expected = new Dictionary<Type, string>
        {
            [typeof(UsersController)] = "ManageUsers", [typeof(UserSecurityController)] = "ManageUsers",
            [typeof(RolesController)] = "ManageRoles", [typeof(RolePermissionsController)] = "ManageRoles",
            [typeof(DepartmentsController)] = "ManageDepartments", [typeof(ModulesController)] = "ManageModules",
            [typeof(ContentTypesController)] = "ManageContentTypes", [typeof(ContentTypeFieldsController)] = "ManageContentTypes",
            [typeof(AuditController)] = "ViewAuditTrail",
        };
        foreach (var (controller, permission) in expected)
        {
            var attribute = controller.GetCustomAttribute<RequirePermissionAttribute>();
            Assert.Equal(RequirePermissionAttribute.PolicyPrefix + permission, attribute?.Policy);
            Assert.DoesNotContain(controller.GetMethods(), m => m.GetCustomAttribute<Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute>() is not null);
        }
    }
}

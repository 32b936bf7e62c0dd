using System.Text.RegularExpressions;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Admin;

/// <summary>Every system page renders for an administrator, and each of its post forms carries its own antiforgery token.</summary>
public sealed partial class AdminFormTests
{
    [GeneratedRegex("<form(?<attrs>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex Form();

    [Fact]
    public async Task System_pages_render_and_every_post_form_has_a_token()
    {
        await using var site = new CmsWebFactory();
        var dept = await site.AddDepartmentAsync("生态移民局");
        var user = await site.CreateUserAsync("editor", BuiltInRoles.DepartmentEditor, dept);
        var roleId = await site.WithServicesAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.SavePartAsync(new ContentPartDefinition
            {
                Name = "Notice",
                Fields =
                [
                    new ContentFieldDefinition { Name = "Body", Label = "正文", Kind = FieldKind.LongText },
                    new ContentFieldDefinition { Name = "Count", Label = "数量", Kind = FieldKind.Number, Order = 1 },
                    new ContentFieldDefinition { Name = "Photos", Label = "照片", Kind = FieldKind.Files, Order = 2 },
                ],
            });
            await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = "Notice", DisplayName = "通知", Parts = ["Notice"] });
            await sp.GetRequiredService<UserManager<CmsUser>>().SetLockoutEndDateAsync(
                (await sp.GetRequiredService<UserManager<CmsUser>>().FindByIdAsync(user.Id))!, DateTimeOffset.UtcNow.AddMinutes(5));
            return (await sp.GetRequiredService<RoleManager<CmsRole>>().FindByNameAsync(BuiltInRoles.Reviewer))!.Id;
        });
        await site.CreateUserAsync("auditor1", BuiltInRoles.Auditor);
        // 三权分立: each page is opened by the role whose duty it is.
        var pages = new (string User, string[] Pages)[]
        {
            ("secadmin", [
                "/admin/users", "/admin/users/create", $"/admin/users/{user.Id}/edit", $"/admin/users/{user.Id}/password",
                "/admin/roles", "/admin/roles/create", $"/admin/roles/{roleId}/edit", $"/admin/roles/{roleId}/permissions"]),
            ("admin", [
                "/admin/departments", "/admin/departments/create", $"/admin/departments/{dept}/edit", "/admin/modules",
                "/admin/content-types", "/admin/content-types/create", "/admin/content-types/Notice/edit", "/admin/content-types/Notice/fields/add"]),
            ("auditor1", ["/admin/audit", "/admin/audit/1"]),
        };
        foreach (var (userName, page) in pages.SelectMany(p => p.Pages.Select(page => (p.User, page))))
        {
            using var client = await site.LoginAsync(userName);
            var html = await client.GetPageAsync(page);
            var forms = Form().Matches(html).Where(f => f.Groups["attrs"].Value.Contains("method=\"post\"", StringComparison.Ordinal)).ToList();
            Assert.All(forms, f => Assert.True(f.Groups["body"].Value.Contains("__RequestVerificationToken", StringComparison.Ordinal),
                $"{page}: form{f.Groups["attrs"].Value} has no antiforgery token"));
            Assert.DoesNotContain("The value", html);
            Assert.DoesNotContain("field is required", html);
        }
    }
}

using System.Net;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Admin;

/// <summary>The page itself; enabling and disabling real modules is covered with the modules.</summary>
public sealed class ModuleAdminTests
{
    [Fact]
    public async Task The_modules_page_renders_and_an_unknown_module_gives_an_error()
    {
        await using var site = new CmsWebFactory();
        var admin = await site.LoginAsync("admin");
        Assert.Contains("<h1>模块</h1>", await admin.GetPageAsync("/admin/modules"));

        var response = await admin.PostFormAsync("/admin", "/admin/modules/NoSuchModule/disable", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/modules", response.Headers.Location?.OriginalString);
        var page = await admin.GetPageAsync("/admin/modules");
        Assert.Contains("模块 NoSuchModule 不存在", page);
        Assert.Contains("role=\"alert\"", page);
    }
}

using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Notices;

public sealed class LatestNoticesTests
{
    [Fact]
    public async Task The_home_page_box_lists_the_latest_published_notices_and_is_empty_when_the_module_is_off()
    {
        await using var factory = new CmsWebFactory();
        // Only the derived site is started; it renders the component at a test-only address.
        await using var site = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ComponentPage>()));
        var dept = await NoticeTestData.DepartmentAsync(site, "县乡村振兴局");
        await NoticeTestData.PublishedAsync(site, "最早的公告", "公告", dept);
        await NoticeTestData.PublishedAsync(site, "较新的通知", "通知", dept);
        await NoticeTestData.PublishedPublicityAsync(site, "最新的公示", dept);
        await NoticeTestData.DraftAsync(site, "尚未发布的公告", "公告", dept);
        using var client = site.CreateClient();

        var box = await client.GetStringAsync(ComponentPage.Path, TestContext.Current.CancellationToken);
        Assert.Contains("最新的公示", box);
        Assert.Contains("较新的通知", box);
        Assert.DoesNotContain("最早的公告", box); // count = 2
        Assert.DoesNotContain("尚未发布的公告", box);
        Assert.Contains($"<time datetime=\"{NoticeTestData.Iso(NoticeTestData.Today)}\">", box);
        Assert.Contains("href=\"/notices\"", box);

        using (var scope = site.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ModuleManager>().DisableAsync("Notices");

        Assert.Equal("", await client.GetStringAsync(ComponentPage.Path, TestContext.Current.CancellationToken));
    }

    /// <summary>Renders <c>Component.InvokeAsync("LatestNotices", new { count = 2 })</c> as a page of its own.</summary>
    private sealed class ComponentPage : IStartupFilter
    {
        public const string Path = "/test/latest-notices";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(Path, branch => branch.Run(context =>
                new ViewComponentResult { ViewComponentName = "LatestNotices", Arguments = new { count = 2 } }
                    .ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()))));
            next(app);
        };
    }
}

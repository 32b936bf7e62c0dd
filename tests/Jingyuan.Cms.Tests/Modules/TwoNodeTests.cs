using System.Net;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Tests.Modules.Notices;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules;

/// <summary>
/// Two web nodes on one database, each with its own data folder (and so its own search index):
/// what one node changes, the other follows without a restart.
/// </summary>
public sealed class TwoNodeTests
{
    [Fact]
    public async Task A_module_switched_off_on_one_node_stops_serving_on_the_other()
    {
        await using var nodes = TwoNodes.Start();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(nodes.B, "/notices"));

        await nodes.SwitchOnAAsync("Notices", enabled: false);

        await Eventually(async () => await StatusAsync(nodes.B, "/notices") == HttpStatusCode.NotFound,
            "node B still serves the notices module switched off on node A");
        await nodes.SwitchOnAAsync("Notices", enabled: true);
        await Eventually(async () => await StatusAsync(nodes.B, "/notices") == HttpStatusCode.OK,
            "node B did not follow node A switching the module back on");
    }

    [Fact]
    public async Task A_notice_published_on_one_node_is_found_by_search_on_both()
    {
        await using var nodes = TwoNodes.Start();
        var department = await NoticeTestData.DepartmentAsync(nodes.A, "两节点测试局");

        await NoticeTestData.PublishedAsync(nodes.A, "关于冷凉蔬菜种植补贴的公告", "公告", department);

        foreach (var (name, node) in new[] { ("A", nodes.A), ("B", nodes.B) })
        {
            var page = "";
            await Eventually(async () => (page = await GetAsync(node, "/search?q=冷凉蔬菜")).Contains("种植补贴"),
                $"node {name}'s index did not pick up the notice from the shared indexing-task log: {System.Text.RegularExpressions.Regex.Replace(page, "<[^>]+>", " ")[..Math.Min(page.Length, 3000)]}");
        }
    }

    private static async Task Eventually(Func<Task<bool>> condition, string failure)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition()) return;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.Fail(failure);
    }

    private static async Task<HttpStatusCode> StatusAsync(WebApplicationFactory<Program> node, string url)
    {
        using var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return (await client.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode;
    }

    private static async Task<string> GetAsync(WebApplicationFactory<Program> node, string url)
    {
        using var client = node.CreateClient();
        return await client.GetStringAsync(url, TestContext.Current.CancellationToken);
    }

    /// <summary>Node A owns the SQLite database; node B uses it through ConnectionStrings:Sqlite.</summary>
    private sealed class TwoNodes : IAsyncDisposable
    {
        private readonly CmsWebFactory rootA = new();
        private readonly CmsWebFactory rootB = new();

        private TwoNodes()
        {
            A = rootA.WithWebHostBuilder(Fast);
            B = rootB.WithWebHostBuilder(b =>
            {
                Fast(b);
                b.UseSetting("ConnectionStrings:Sqlite", rootA.ConnectionString);
            });
        }

        public WebApplicationFactory<Program> A { get; }
        public WebApplicationFactory<Program> B { get; }

        public static TwoNodes Start()
        {
            var nodes = new TwoNodes();
            _ = nodes.A.Services; // A first: it creates and seeds the database B then shares
            _ = nodes.B.Services;
            return nodes;
        }

        public async Task SwitchOnAAsync(string moduleId, bool enabled)
        {
            using var scope = A.Services.CreateScope();
            var manager = scope.ServiceProvider.GetRequiredService<ModuleManager>();
            await (enabled ? manager.EnableAsync(moduleId) : manager.DisableAsync(moduleId));
        }

        private static void Fast(IWebHostBuilder builder) => builder
            .UseSetting("Modules:RefreshSeconds", "0.1")
            .UseSetting("Search:PollIntervalSeconds", "0.1");

        public async ValueTask DisposeAsync()
        {
            await rootB.DisposeAsync();
            await rootA.DisposeAsync();
        }
    }
}

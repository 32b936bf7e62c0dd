using System.Net;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Modules.Search.Services;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Recipes;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Search;

/// <summary>The index is kept on disk with its cursor: it survives a restart, and can be rebuilt from the database.</summary>
public sealed class SearchIndexLifecycleTests
{
    [Fact]
    public async Task The_index_survives_a_restart_and_a_rebuild_restores_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jingyuan-tests", Guid.NewGuid().ToString("n"));
        try
        {
            string url;
            await using (var first = await SearchSite.StartAsync(dataFolder: folder))
            {
                url = SearchSite.UrlOf(await first.PublishedAsync("冶家村旅游接待中心", summary: "民宿接待能力提升"));
                await first.CatchUpAsync();
            }

            await using var second = await SearchSite.StartAsync(dataFolder: folder);
            // Found at once, from disk: nothing was re-read from the database.
            Assert.Equal([url], await second.UrlsAsync("民宿"));

            // Lose the document behind the log's back, as a damaged or stale index would.
            var index = second.Site.Services.GetRequiredService<SearchIndex>();
            var cursor = index.ReadCursor()!.Value;
            index.DeleteAll();
            index.Commit(cursor);
            Assert.Empty(await second.UrlsAsync("民宿"));

            using var admin = await second.LoginAsAdminAsync();
            var page = await admin.GetPageAsync("/admin/search");
            Assert.Contains("索引文档数", page);
            var response = await admin.PostFormAsync("/admin/search", "/admin/search/rebuild", []);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

            Assert.Equal([url], await second.UrlsAsync("民宿"));
            var lastTask = await second.WithServicesAsync(sp => sp.GetRequiredService<IIndexingTaskStore>().LastIdAsync());
            Assert.Equal(lastTask, index.ReadCursor());
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task The_reindex_verb_rebuilds_from_the_database()
    {
        await using var site = await SearchSite.StartAsync();
        var item = await site.PublishedAsync("六盘山中药材种植基地", summary: "黄芪种植");
        var verb = site.Site.Services.GetServices<ICommandLineVerb>().Single(v => v.Name == "reindex");

        var exitCode = await site.WithServicesAsync(sp => verb.RunAsync([], sp));

        Assert.Equal(0, exitCode);
        Assert.Equal([SearchSite.UrlOf(item)], await site.UrlsAsync("黄芪"));
    }

    [Fact]
    public async Task Only_administrators_may_open_or_rebuild_the_index()
    {
        await using var site = await SearchSite.StartAsync();
        var (status, _) = await site.GetAsync("/admin/search");
        Assert.NotEqual(HttpStatusCode.OK, status);

        using var editor = await site.LoginAsync("search-editor", BuiltInRoles.DepartmentEditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/search")).StatusCode);
        Assert.DoesNotContain("/admin/search", await editor.GetPageAsync("/admin"));

        using var admin = await site.LoginAsAdminAsync();
        Assert.Contains("/admin/search", await admin.GetPageAsync("/admin"));
    }

    [Fact]
    public async Task A_plan_changed_without_an_indexing_task_is_indexed_at_the_next_start()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jingyuan-tests", Guid.NewGuid().ToString("n"));
        try
        {
            await using (var first = await SearchSite.StartAsync(dataFolder: folder))
            {
                await first.CatchUpAsync(); // an index without any plan
                await first.WithServicesAsync(async sp =>
                {
                    var result = await sp.GetRequiredService<RecipeImporter>().ImportFileAsync(RepoFiles.Seed(SeededPlan.SeedFile));
                    Assert.True(result.Succeeded);
                });
                Assert.Empty(await first.UrlsAsync("蓄水池"));
            }

            await using var second = await SearchSite.StartAsync(dataFolder: folder, pollSeconds: 0.2);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await second.UrlsAsync("蓄水池")).Count == 0 && DateTime.UtcNow < deadline)
                await Task.Delay(100, TestContext.Current.CancellationToken);

            Assert.Equal([PlanUrls.Task(2023, 15)], await second.UrlsAsync("蓄水池"));
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}

using System.Net;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Modules.Search.Services;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Recipes;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Search;

/// <summary>
/// A site with a content type that has a public URL (given by a test provider), and helpers to
/// publish, catch the index up and search. Only the derived factory is ever started, so one
/// index writer holds the data folder.
/// </summary>
internal sealed class SearchSite : IAsyncDisposable
{
    public const string Type = "SearchTestRecord";

    private readonly CmsWebFactory factory;

    private SearchSite(CmsWebFactory factory, double pollSeconds, bool seedPlan)
    {
        this.factory = factory;
        Site = factory.WithWebHostBuilder(b => b
            .UseSetting("Search:PollIntervalSeconds", pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))
            // An empty seed folder turns the host's first-start plan import off.
            .UseSetting("Seeds:Folder", seedPlan ? null : "")
            .ConfigureServices(s => s.AddContentUrls<TestUrls>()));
    }

    public WebApplicationFactory<Program> Site { get; }

    public string DataFolder => factory.DataFolder;

    /// <param name="pollSeconds">
    /// The background poll; by default so slow that tests see exactly what they catch up
    /// (the first pass still runs at start).
    /// </param>
    /// <param name="seedPlan">Let the host import the 2023 plan on first start; off, content tests see only their own items.</param>
    public static async Task<SearchSite> StartAsync(TestDatabase database = TestDatabase.Sqlite, string? dataFolder = null,
        double pollSeconds = 3600, bool seedPlan = false)
    {
        var site = new SearchSite(new CmsWebFactory(database, dataFolder), pollSeconds, seedPlan);
        await site.WithServicesAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.SavePartAsync(new ContentPartDefinition
            {
                Name = Type,
                Fields =
                [
                    new() { Name = "Summary", Label = "摘要", Kind = FieldKind.Text, Order = 1 },
                    new() { Name = "Body", Label = "正文", Kind = FieldKind.Html, Order = 2 },
                    new() { Name = "Stage", Label = "阶段", Kind = FieldKind.Choice, Order = 3, Settings = new FieldSettings { Options = ["计划", "在建", "完工"] } },
                    new() { Name = "Phone", Label = "联系电话", Kind = FieldKind.Text, Order = 4, Settings = new FieldSettings { Personal = true } },
                    new() { Name = "IdNumber", Label = "身份证号", Kind = FieldKind.LongText, Order = 5, Settings = new FieldSettings { Personal = true } },
                ],
            });
            await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = Type, DisplayName = "检索测试", Parts = [Type] });
            // The host may already have imported the seed at start; otherwise import it here.
            if (seedPlan && await sp.GetRequiredService<IPlanStore>().GetYearAsync(2023) is null)
            {
                var result = await sp.GetRequiredService<RecipeImporter>().ImportFileAsync(RepoFiles.Seed(SeededPlan.SeedFile));
                Assert.True(result.Succeeded, string.Join("\n", result.Errors));
            }
        });
        return site;
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Site.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    public Task WithServicesAsync(Func<IServiceProvider, Task> work) =>
        WithServicesAsync(async sp => { await work(sp); return true; });

    public Task<T> WithContentAsync<T>(Func<IContentManager, Task<T>> work) =>
        WithServicesAsync(sp => work(sp.GetRequiredService<IContentManager>()));

    public Task<ContentItem> DraftAsync(string title, string? summary = null, string? bodyHtml = null,
        string? phone = null, string? idNumber = null, int year = 2023, int? departmentId = null) => WithContentAsync(async c =>
    {
        var item = await c.NewAsync(Type);
        item.DisplayText = title;
        item.Year = year;
        item.DepartmentId = departmentId;
        item.Set("Summary", summary).Set("Body", bodyHtml).Set("Stage", "在建").Set("Phone", phone).Set("IdNumber", idNumber);
        return await c.SaveDraftAsync(item, null);
    });

    public async Task<ContentItem> PublishedAsync(string title, string? summary = null, string? bodyHtml = null,
        string? phone = null, string? idNumber = null, int year = 2023, int? departmentId = null)
    {
        var draft = await DraftAsync(title, summary, bodyHtml, phone, idNumber, year, departmentId);
        return await WithContentAsync(c => c.SubmitAndPublishAsync(draft.ContentItemId));
    }

    public SearchIndexer Indexer => Site.Services.GetRequiredService<SearchIndexer>();

    public Task CatchUpAsync() => Indexer.CatchUpAsync(TestContext.Current.CancellationToken);

    public Task<SearchResults> SearchAsync(string query, string? type = null, int? year = null, int page = 1) =>
        WithServicesAsync(sp => sp.GetRequiredService<SearchService>().SearchAsync(new SearchRequest(query, type, year, page)));

    /// <summary>Urls of the hits of the first page, best first.</summary>
    public async Task<IReadOnlyList<string>> UrlsAsync(string query) =>
        (await SearchAsync(query)).Hits.Select(h => h.Url).ToList();

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        using var client = Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>A browser-like client signed in as the built-in administrator.</summary>
    public Task<TestClient> LoginAsAdminAsync() => SignInAsync("admin", CmsWebFactory.AdminPassword);

    /// <summary>Creates a user in the role and signs in as that user.</summary>
    public async Task<TestClient> LoginAsync(string userName, string role)
    {
        await WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            var user = new CmsUser { UserName = userName, DisplayName = userName };
            Assert.True((await users.CreateAsync(user, CmsWebFactory.UserPassword)).Succeeded);
            await users.AddToRoleAsync(user, role);
        });
        return await SignInAsync(userName, CmsWebFactory.UserPassword);
    }

    private async Task<TestClient> SignInAsync(string userName, string password)
    {
        var client = new TestClient(Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var response = await client.PostFormAsync("/admin/login", "/admin/login",
            new() { ["UserName"] = userName, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static string UrlOf(ContentItem item) => TestUrls.Of(item.ContentItemId);

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    private sealed class TestUrls : IContentUrlProvider
    {
        public static string Of(string contentItemId) => $"/test-records/{contentItemId}";

        public string? PublicUrl(ContentItem item) => item.ContentType == Type ? Of(item.ContentItemId) : null;
    }
}

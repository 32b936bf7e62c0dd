using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Recipes;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Recipes;

public sealed class RecipeCommandLineTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();
    private readonly ServiceProvider services;
    private readonly string folder = Directory.CreateTempSubdirectory("jingyuan-recipes-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public RecipeCommandLineTests() => services = database.CreateServices();

    public void Dispose()
    {
        services.Dispose();
        database.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private Task<int?> RunAsync(params string[] args) => RecipeCommandLine.TryRunAsync(args, services, output, error);

    private async Task<int> CountYearsAsync()
    {
        await using var db = database.CreateContext();
        return await db.Set<PlanYear>().CountAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://localhost:5000")]
    [InlineData("migrate")]
    public async Task Other_arguments_are_not_a_recipe_verb(params string[] args) =>
        Assert.Null(await RunAsync(args));

    [Fact]
    public async Task Import_then_export_through_the_command_line()
    {
        Assert.Equal(0, await RunAsync("import", RepoFiles.Seed(SeededPlan.SeedFile)));
        Assert.Contains("已导入", output.ToString());

        var file = Path.Combine(folder, "out.recipe.json");
        Assert.Equal(0, await RunAsync("export", "2023", file));
        Assert.Contains("\"year\": 2023", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_broken_file_exits_1_listing_the_errors()
    {
        var file = Path.Combine(folder, "bad.recipe.json");
        await File.WriteAllTextAsync(file, """{ "name": "x", "steps": [ { "name": "Plan", "year": "2023" } ] }""", TestContext.Current.CancellationToken);

        Assert.Equal(1, await RunAsync("import", file));
        Assert.Contains("$.steps[0].year: 必须是整数", error.ToString());
        Assert.Equal(0, await CountYearsAsync());
    }

    [Theory]
    [InlineData("import")]
    [InlineData("export", "二〇二三", "x.json")]
    [InlineData("export", "2023")]
    public async Task Wrong_arguments_exit_2_with_usage(params string[] args)
    {
        Assert.Equal(2, await RunAsync(args));
        Assert.Contains("用法", error.ToString());
    }

    [Fact]
    public async Task The_host_verbs_are_registered_by_AddPlan()
    {
        var verbs = services.GetServices<ICommandLineVerb>().ToList();
        Assert.Equal(["import", "export"], verbs.Select(v => v.Name));
        Assert.Equal(0, await verbs[0].RunAsync([RepoFiles.Seed(SeededPlan.SeedFile)], services));
        Assert.Equal(1, await CountYearsAsync());
    }

    [Fact]
    public async Task First_start_imports_the_seed_folder_once()
    {
        Assert.Equal(1, await services.SeedOnFirstStartAsync(RepoFiles.SeedsFolder, TestContext.Current.CancellationToken));
        Assert.Equal(0, await services.SeedOnFirstStartAsync(RepoFiles.SeedsFolder, TestContext.Current.CancellationToken));
        Assert.Equal(1, await CountYearsAsync());
    }

    [Fact]
    public async Task A_broken_seed_stops_the_start_and_imports_nothing()
    {
        File.Copy(RepoFiles.Seed(SeededPlan.SeedFile), Path.Combine(folder, "a.recipe.json"));
        await File.WriteAllTextAsync(Path.Combine(folder, "b.recipe.json"), """{ "name": "b", "steps": [ { "name": "Nope" } ] }""", TestContext.Current.CancellationToken);

        var ex = await Assert.ThrowsAsync<RecipeImportException>(() => services.SeedOnFirstStartAsync(folder, TestContext.Current.CancellationToken));

        Assert.Equal("b.recipe.json", ex.File);
        Assert.Equal(0, await CountYearsAsync());
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Set<Jingyuan.Cms.Departments.Department>().CountAsync(TestContext.Current.CancellationToken));
    }
}

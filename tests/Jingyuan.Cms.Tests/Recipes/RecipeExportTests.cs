using System.Text.Json.Nodes;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Recipes;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Recipes;

public sealed class RecipeExportTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    public void Dispose() => database.Dispose();

    private static async Task<string> ExportAsync(SqliteTestDatabase from, int year)
    {
        await using var db = from.CreateContext();
        return await new RecipeExporter(db).ExportJsonAsync(year, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Export_import_into_an_empty_database_export_again_gives_the_same_file()
    {
        await SeededPlan.ImportSeedAsync(database);
        var first = await ExportAsync(database, 2023);

        using var empty = new SqliteTestDatabase();
        await using (var db = empty.CreateContext())
        {
            var result = await TestAudit.Recipes(db).ImportAsync(first, TestContext.Current.CancellationToken);
            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        }
        var second = await ExportAsync(empty, 2023);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Exporting_the_imported_seed_gives_back_the_seed_steps()
    {
        await SeededPlan.ImportSeedAsync(database);

        var exported = JsonNode.Parse(await ExportAsync(database, 2023))!;
        var seed = JsonNode.Parse(RepoFiles.ReadSeed(SeededPlan.SeedFile))!;

        Assert.True(JsonNode.DeepEquals(seed["steps"], exported["steps"]), "the seed does not survive import and export unchanged");
    }

    [Fact]
    public async Task Export_writes_Chinese_as_is_and_every_township_as_the_token()
    {
        await SeededPlan.ImportSeedAsync(database);

        var json = await ExportAsync(database, 2023);

        Assert.Contains("\"title\": \"发展肉牛养殖产业\"", json);
        Assert.Contains("“9+3”", json);
        Assert.DoesNotContain("\\u", json);
        Assert.Contains("\"@乡镇\"", json);
        Assert.Contains("\"value\": 5000000,", json);
    }

    [Fact]
    public async Task Exporting_a_year_without_plan_fails_clearly()
    {
        var ex = await Assert.ThrowsAsync<KeyNotFoundException>(() => ExportAsync(database, 2030));
        Assert.Equal("2030 年度没有计划", ex.Message);
    }

    [Fact]
    public async Task Site_leaders_travel_with_the_sites()
    {
        await SeededPlan.ImportSeedAsync(database);
        await using (var db = database.CreateContext())
        {
            var site = db.Set<ResettlementSite>().Single(s => s.Name == "园子村");
            site.Leaders.Add(new SiteLeader { Year = 2023, Name = "张三", Position = "县委常委" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var json = await ExportAsync(database, 2023);

        using var empty = new SqliteTestDatabase();
        await using (var db = empty.CreateContext())
        {
            Assert.True((await TestAudit.Recipes(db).ImportAsync(json, TestContext.Current.CancellationToken)).Succeeded);
        }
        await using var check = empty.CreateContext();
        var leader = Assert.Single((await new PlanStore(check).ListSitesAsync()).Single(s => s.Name == "园子村").Leaders);
        Assert.Equal((2023, "张三", "县委常委"), (leader.Year, leader.Name, leader.Position));
    }
}

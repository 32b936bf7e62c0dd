using System.Text.Json.Nodes;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Recipes;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Tests.Recipes;

public sealed class RecipeImportTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    public void Dispose() => database.Dispose();

    private async Task<RecipeImportResult> ImportAsync(string json)
    {
        await using var db = database.CreateContext();
        return await TestAudit.Recipes(db).ImportAsync(json, TestContext.Current.CancellationToken);
    }

    private static JsonNode Seed() => JsonNode.Parse(RepoFiles.ReadSeed(SeededPlan.SeedFile))!;

    /// <summary>The seed with one edit, to show how one bad value is reported.</summary>
    private static string SeedWith(Action<JsonNode> edit)
    {
        var seed = Seed();
        edit(seed);
        return seed.ToJsonString();
    }

    [Fact]
    public async Task Importing_the_seed_twice_changes_and_duplicates_nothing()
    {
        var first = await SeededPlan.ImportSeedAsync(database);
        Assert.True(first.Added > 100);
        var before = await SeededPlan.SnapshotAsync(database);

        var second = await SeededPlan.ImportSeedAsync(database);

        Assert.Equal((0, 0, 0), (second.Added, second.Updated, second.Deleted));
        Assert.Equal(before, await SeededPlan.SnapshotAsync(database));
        Assert.Equal(["plan:2023"], await SeededPlan.IndexingKeysAsync(database)); // search reindexes only after the first
    }

    [Fact]
    public async Task An_import_is_audited_with_its_file_and_counts_and_a_refused_one_leaves_no_entry()
    {
        await SeededPlan.ImportSeedAsync(database);
        var refused = await ImportAsync(SeedWith(s => s["steps"]![1]!["chapters"]![0]!["tasks"]![0]!["number"] = "一"));
        Assert.False(refused.Succeeded);

        await using var db = database.CreateContext();
        var entries = await db.Set<AuditEventRecord>().Where(e => e.EventName == AuditEvents.RecipeImported).ToListAsync(TestContext.Current.CancellationToken);
        var entry = Assert.Single(entries);
        Assert.Equal("tester", entry.UserName);
        Assert.Contains(SeededPlan.SeedFile, entry.Summary);
        Assert.Contains("2023年度", entry.Summary);
        Assert.Matches(@"新增 [1-9]\d+ 条", entry.Summary);
    }

    [Fact]
    public async Task A_changed_field_is_updated_in_place()
    {
        await SeededPlan.ImportSeedAsync(database);
        var json = SeedWith(s =>
        {
            s["steps"]![1]!["chapters"]![0]!["tasks"]![1]!["targets"]![2]!["value"] = 1300;
            s["steps"]![1]!["chapters"]![0]!["tasks"]![1]!["title"] = "发展肉牛养殖产业（修订）";
        });

        var result = await ImportAsync(json);

        Assert.True(result.Succeeded);
        Assert.Equal((0, 2), (result.Added, result.Updated));
        var plan = await SeededPlan.LoadYearAsync(database, 2023);
        var task = plan.Chapters[0].Tasks[1];
        Assert.Equal("发展肉牛养殖产业（修订）", task.Title);
        Assert.Equal(1300m, task.Targets.Single(t => t.Key == "2-new-cattle").TargetValue);
        Assert.Equal(29, plan.Chapters.Sum(c => c.Tasks.Count));
    }

    [Fact]
    public async Task A_task_number_written_as_text_is_refused_with_its_path_and_nothing_is_imported()
    {
        var json = SeedWith(s => s["steps"]![1]!["chapters"]![0]!["tasks"]![3]!["number"] = "4");

        var result = await ImportAsync(json);

        Assert.False(result.Succeeded);
        Assert.Equal([new RecipeError("$.steps[1].chapters[0].tasks[3].number", "必须是整数")], result.Errors);
        await AssertEmptyAsync();
    }

    [Fact]
    public async Task An_unknown_department_is_refused_with_its_path_and_the_database_is_unchanged()
    {
        await SeededPlan.ImportSeedAsync(database);
        var before = await SeededPlan.SnapshotAsync(database);
        var json = SeedWith(s =>
        {
            s["steps"]![1]!["chapters"]![1]!["tasks"]![0]!["responsibleUnits"]![0] = "不存在局";
            s["steps"]![1]!["chapters"]![0]!["title"] = "改过的标题"; // a valid change that must not land either
        });

        var result = await ImportAsync(json);

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.steps[1].chapters[1].tasks[0].responsibleUnits[0]", error.Path);
        Assert.Contains("未知的单位“不存在局”", error.Message);
        Assert.Equal(before, await SeededPlan.SnapshotAsync(database));
    }

    [Fact]
    public async Task Every_error_of_a_file_is_reported_at_once_in_file_order()
    {
        var json = SeedWith(s =>
        {
            var plan = s["steps"]![1]!;
            plan["title"] = "";
            plan["chapters"]![0]!["tasks"]![2]!["number"] = 2;                        // duplicate of task 2
            plan["chapters"]![0]!["tasks"]![3]!["targets"]![1]!["value"] = "2500";    // text, not number
            plan["chapters"]![0]!["tasks"]![5]!["targets"]![1]!["comparison"] = "MoreThan";
            plan["chapters"]![0]!["tasks"]![5]!["targets"]![2]!["key"] = "6-bags";     // duplicate key
            plan["chapters"]![0]!["tasks"]![5]!["targets"]![3]!["value"] = -1;
            plan["chapters"]![0]!["tasks"]![0]!["leadUnits"]![0] = "各乡（镇）人民政府"; // must be written @乡镇
            s["steps"]!.AsArray().Add(new JsonObject { ["name"] = "Menus" });
            s["steps"]![0]!["departments"]![0]!["kind"] = "Ministry";
            s["steps"]![2]!["sites"]![1]!["name"] = "冶家";                            // duplicate site
        });

        var result = await ImportAsync(json);

        Assert.Equal(string.Join("\n",
        [
            "$.steps[0].departments[0].kind: 必须是 Bureau、Township、Other 之一",
            "$.steps[1].chapters[0].tasks[0].leadUnits[0]: 未知的单位“各乡（镇）人民政府”（请先在 Departments 步骤中添加；如指全部乡镇请写“@乡镇”）",
            "$.steps[1].chapters[0].tasks[2].number: 任务编号 2 重复（任务编号全年连续，不分章节）",
            "$.steps[1].chapters[0].tasks[3].targets[1].value: 必须是数字",
            "$.steps[1].chapters[0].tasks[5].targets[1].comparison: 必须是 AtLeast、Exactly、AtMost、About 之一",
            "$.steps[1].chapters[0].tasks[5].targets[2].key: 指标键“6-bags”重复（指标键全年唯一）",
            "$.steps[1].chapters[0].tasks[5].targets[3].value: 不能为负数",
            "$.steps[1].title: 不能为空",
            "$.steps[2].sites[1].name: 安置区“冶家”重复",
            "$.steps[3].name: 未知的步骤“Menus”（可用：Departments、Plan、Sites）",
        ]), string.Join("\n", result.Errors));
        await AssertEmptyAsync();
    }

    [Theory]
    [InlineData("{ \"name\": \"x\", \"steps\": [ }", "$")]
    [InlineData("[]", "$")]
    [InlineData("{ \"name\": \"x\" }", "$.steps")]
    [InlineData("{ \"name\": \"x\", \"steps\": [ { \"name\": \"Plan\", \"year\": 2023, \"title\": \"t\", \"chapters\": [ { \"number\": 1, \"title\": \"c\", \"tasks\": [ { \"number\": 1, \"title\": \"a\", \"targets\": [ { \"key\": \"1-x\", \"description\": \"d\", \"value\": 1 } ] } ] } ] } ] }",
        "$.steps[0].chapters[0].tasks[0].targets[0].comparison")]
    [InlineData("{ \"name\": \"x\", \"steps\": [ { \"name\": \"Plan\", \"year\": 2023, \"title\": \"t\", \"chapters\": [ { \"number\": 1, \"title\": \"c\", \"tasks\": [ { \"number\": 1, \"title\": \"a\", \"targets\": [ { \"key\": \"1 X\", \"description\": \"d\", \"value\": 1, \"comparison\": \"About\" } ] } ] } ] } ] }",
        "$.steps[0].chapters[0].tasks[0].targets[0].key")]
    [InlineData("{ \"name\": \"x\", \"steps\": [ { \"name\": \"Plan\", \"year\": 2023, \"title\": \"t\", \"chapters\": [ { \"number\": 1, \"title\": \"c\", \"tasks\": [ { \"number\": 1, \"title\": \"a\", \"targets\": [ { \"key\": \"1-x\", \"description\": \"d\", \"value\": 1, \"comparison\": \"AtLeast\", \"implied\": \"yes\" } ] } ] } ] } ] }",
        "$.steps[0].chapters[0].tasks[0].targets[0].implied")]
    [InlineData("{ \"name\": \"x\", \"steps\": [ { \"name\": \"Plan\", \"year\": 1900, \"title\": \"t\" } ] }", "$.steps[0].year")]
    [InlineData("{ \"name\": \"x\", \"steps\": [ { \"name\": \"Plan\", \"year\": 2023, \"title\": \"t\", \"issuedOn\": \"2023年3月20日\" } ] }", "$.steps[0].issuedOn")]
    [InlineData("{ \"name\": \"x\", \"steps\": [ { \"name\": \"Plan\", \"year\": 2023, \"title\": \"t\", \"chapter\": [] } ] }", "$.steps[0].chapter")]
    [InlineData("{ \"name\": \"x\", \"steps\": [ { \"name\": \"Plan\", \"year\": 2023, \"title\": \"t\", \"chapters\": [ { \"number\": 1, \"title\": \"c\", \"tasks\": [ { \"number\": 1, \"title\": \"a\", \"leadUnits\": [\"@乡镇\"] } ] } ] } ] }",
        "$.steps[0].chapters[0].tasks[0].leadUnits[0]")]
    public async Task A_malformed_file_is_refused_at_the_path_of_its_fault(string json, string path)
    {
        var result = await ImportAsync(json);

        Assert.Contains(result.Errors, e => e.Path == path);
        await AssertEmptyAsync();
    }

    [Fact]
    public async Task Invalid_JSON_is_reported_with_its_line()
    {
        var result = await ImportAsync("{\n  \"name\": \"x\",\n  \"steps\": [ }\n");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("不是有效的 JSON（第 3 行", error.Message);
    }

    [Fact]
    public async Task The_all_townships_token_expands_in_place()
    {
        await SeededPlan.ImportSeedAsync(database);
        var departments = await SeededPlan.DepartmentsAsync(database);
        var plan = await SeededPlan.LoadYearAsync(database, 2023);

        var task1 = plan.Chapters[0].Tasks[0];
        Assert.Equal(["农业农村局", "香水镇", "泾河源镇", "六盘山镇", "新民乡", "兴盛乡", "黄花乡", "大湾乡"],
            task1.ResponsibleUnitIds.Select(id => departments.Single(d => d.Id == id).Name));
    }

    [Fact]
    public async Task Items_missing_from_a_later_file_are_kept()
    {
        await SeededPlan.ImportSeedAsync(database);
        var json = SeedWith(s => s["steps"]![1]!["chapters"]!.AsArray().RemoveAt(8));

        var result = await ImportAsync(json);

        Assert.Equal((0, 0), (result.Added, result.Updated));
        Assert.Equal(9, (await SeededPlan.LoadYearAsync(database, 2023)).Chapters.Count);
    }

    private async Task AssertEmptyAsync()
    {
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Set<PlanYear>().CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.Set<Department>().CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.Set<ResettlementSite>().CountAsync(TestContext.Current.CancellationToken));
    }
}

using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Tests.Plan;

public sealed class PlanAdminServiceTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();
    private int bureauId;

    public async ValueTask InitializeAsync()
    {
        await using var db = database.CreateContext();
        var bureau = new Department { Name = "农业农村局", Kind = DepartmentKind.Bureau };
        db.Add(bureau);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        bureauId = bureau.Id;
        await TestAudit.PlanAdmin(db).CreateYearAsync(new PlanYearInput(2025, "2025年实施方案", "县委办", null, "", []));
    }

    public ValueTask DisposeAsync()
    {
        database.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<T> WithAdminAsync<T>(Func<PlanAdminService, Task<T>> action)
    {
        await using var db = database.CreateContext();
        return await action(TestAudit.PlanAdmin(db));
    }

    private PlanTaskInput Task(int number, params int[] lead) => new(number, $"任务{number}", "正文", lead, [], ["园子村"]);

    private static PlanTargetInput Target(string key, decimal value = 10) =>
        new(key, "新增肉牛", "头", value, TargetComparison.AtLeast, TargetSource.Computed);

    [Fact]
    public async Task Chapters_tasks_and_targets_are_created_edited_and_read_back()
    {
        var chapter = await WithAdminAsync(a => a.CreateChapterAsync(2025, new PlanChapterInput(1, "提升产业发展水平", "概述")));
        var task = await WithAdminAsync(a => a.CreateTaskAsync(chapter.Id, Task(2, bureauId)));
        var target = await WithAdminAsync(a => a.CreateTaskTargetAsync(task.Id, Target("2-new-cattle", 1200)));
        await WithAdminAsync(a => a.CreateChapterTargetAsync(chapter.Id, Target("c1-coverage", 85)));
        await WithAdminAsync(a => a.UpdateTargetAsync(target.Id, Target("2-new-cattle", 1300)));
        await WithAdminAsync(a => a.UpdateTaskAsync(task.Id, Task(2, bureauId, bureauId) with { Title = "发展肉牛养殖产业" }));

        var plan = await SeededPlan.LoadYearAsync(database, 2025);
        var savedTask = Assert.Single(Assert.Single(plan.Chapters).Tasks);
        Assert.Equal("发展肉牛养殖产业", savedTask.Title);
        Assert.Equal([bureauId], savedTask.LeadUnitIds); // duplicates dropped
        Assert.Equal(1300m, Assert.Single(savedTask.Targets).TargetValue);
        Assert.Equal("c1-coverage", Assert.Single(plan.Chapters[0].Targets).Key);
        // One "plan:2025 changed" entry per edit (the year and six edits), for search to reindex.
        Assert.Equal(Enumerable.Repeat("plan:2025", 7), await SeededPlan.IndexingKeysAsync(database));
    }

    [Fact]
    public async Task Refusals_name_the_field()
    {
        var chapter = await WithAdminAsync(a => a.CreateChapterAsync(2025, new PlanChapterInput(1, "一")));
        var task = await WithAdminAsync(a => a.CreateTaskAsync(chapter.Id, Task(1)));
        await WithAdminAsync(a => a.CreateTaskTargetAsync(task.Id, Target("1-x")));
        var other = await WithAdminAsync(a => a.CreateChapterAsync(2025, new PlanChapterInput(2, "二")));

        async Task<string> FieldOf(Func<PlanAdminService, Task> action) =>
            (await Assert.ThrowsAsync<PlanValidationException>(() => WithAdminAsync(async a => { await action(a); return 0; }))).Field;

        Assert.Equal("Number", await FieldOf(a => a.CreateChapterAsync(2025, new PlanChapterInput(1, "重复"))));
        Assert.Equal("Title", await FieldOf(a => a.CreateChapterAsync(2025, new PlanChapterInput(3, " "))));
        Assert.Equal("Number", await FieldOf(a => a.CreateTaskAsync(other.Id, Task(1)))); // task numbers run through the year
        Assert.Equal("LeadUnitIds", await FieldOf(a => a.CreateTaskAsync(other.Id, Task(2, 999))));
        Assert.Equal("Key", await FieldOf(a => a.CreateChapterTargetAsync(other.Id, Target("1-x"))));
        Assert.Equal("Key", await FieldOf(a => a.CreateChapterTargetAsync(other.Id, Target("不是键"))));
        Assert.Equal("TargetValue", await FieldOf(a => a.CreateChapterTargetAsync(other.Id, Target("c2-x", -1))));
        Assert.Equal("Year", await FieldOf(a => a.CreateYearAsync(new PlanYearInput(2025, "重复", "", null, "", []))));
    }

    [Fact]
    public async Task Deleting_a_chapter_deletes_its_tasks_and_targets()
    {
        var chapter = await WithAdminAsync(a => a.CreateChapterAsync(2025, new PlanChapterInput(1, "一")));
        var task = await WithAdminAsync(a => a.CreateTaskAsync(chapter.Id, Task(1)));
        await WithAdminAsync(a => a.CreateTaskTargetAsync(task.Id, Target("1-x")));
        await WithAdminAsync(a => a.CreateChapterTargetAsync(chapter.Id, Target("c1-x")));

        await WithAdminAsync(async a => { await a.DeleteChapterAsync(chapter.Id); return 0; });

        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Set<PlanTask>().CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.Set<PlanTarget>().CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_missing_id_is_not_found()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => WithAdminAsync(a => a.UpdateTaskAsync(12345, Task(1))));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => WithAdminAsync(a => a.CreateChapterAsync(1999, new PlanChapterInput(1, "一"))));
    }
}

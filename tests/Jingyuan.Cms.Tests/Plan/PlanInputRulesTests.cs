using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Plan;

/// <summary>The plan admin refuses impossible years and dates and invisible characters in names, naming the field.</summary>
public sealed class PlanInputRulesTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();

    public async ValueTask InitializeAsync()
    {
        await using var db = database.CreateContext();
        await TestAudit.PlanAdmin(db).CreateYearAsync(new PlanYearInput(2025, "2025年实施方案", "县委办", null, "", []));
    }

    public ValueTask DisposeAsync()
    {
        database.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<PlanValidationException> RefusedAsync(Func<PlanAdminService, Task> action)
    {
        await using var db = database.CreateContext();
        return await Assert.ThrowsAsync<PlanValidationException>(() => action(TestAudit.PlanAdmin(db)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(9999)]
    public async Task A_year_cannot_be_copied_to_an_impossible_year(int toYear)
    {
        var error = await RefusedAsync(admin => admin.CopyYearAsync(2025, toYear));
        Assert.Equal(("toYear", "年度必须在 2000–2100 之间"), (error.Field, error.Reason));
    }

    [Fact]
    public async Task An_issue_date_outside_the_plan_years_is_refused()
    {
        var early = await RefusedAsync(admin => admin.UpdateYearAsync(2025,
            new PlanYearInput(2025, "2025年实施方案", "县委办", new DateOnly(1, 1, 1), "", [])));
        Assert.Equal(("IssuedOn", "日期必须在 2000–2100 年之间"), (early.Field, early.Reason));
        var late = await RefusedAsync(admin => admin.UpdateYearAsync(2025,
            new PlanYearInput(2025, "2025年实施方案", "县委办", new DateOnly(9999, 12, 31), "", [])));
        Assert.Equal("IssuedOn", late.Field);
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u200B")]
    public async Task Invisible_characters_in_plan_names_are_refused(string hidden)
    {
        var year = await RefusedAsync(admin => admin.UpdateYearAsync(2025,
            new PlanYearInput(2025, $"2025年{hidden}实施方案", "县委办", null, "", [])));
        Assert.Equal(("Title", "含有不可见的控制字符（如从右到左覆盖符、零宽字符），请删除后再保存"), (year.Field, year.Reason));
        var chapter = await RefusedAsync(admin => admin.CreateChapterAsync(2025, new PlanChapterInput(1, $"产业{hidden}发展")));
        Assert.Equal("Title", chapter.Field);
    }
}

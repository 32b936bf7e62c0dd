using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Plan;

/// <summary>The imported 2023 seed holds the published plan word for word.</summary>
public sealed class SeedPlanTextTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private readonly SqliteTestDatabase database = seeded.Database;
    private readonly PlanYear plan = seeded.Plan;
    private static PlanText2023 Text => PlanText2023.Instance;

    [Fact]
    public void Header_is_the_published_one()
    {
        Assert.Equal("泾源县移民致富提升行动2023年实施方案", plan.Title);
        Assert.Equal(new DateOnly(2023, 3, 20), plan.IssuedOn);
        Assert.Contains("中共泾源县委办公室", plan.IssuedBy);
        Assert.Contains("泾源县人民政府办公室", plan.IssuedBy);
        Assert.Contains(Text.Preamble, plan.Goals);
        Assert.Contains("一、指导思想\n" + Text.GuidingIdeology, plan.Goals);
        Assert.Contains("二、目标任务\n" + Text.Objectives, plan.Goals);
    }

    [Fact]
    public void All_nine_chapters_have_the_published_titles_and_summaries()
    {
        Assert.Equal(9, Text.Chapters.Count);
        Assert.Equal(Text.Chapters.Select(c => (c.Number, c.Title, c.Summary)),
            plan.Chapters.Select(c => (c.Number, c.Title, c.Summary)));
        Assert.Equal("提升产业发展水平", plan.Chapters[0].Title);
        Assert.Equal("", plan.Chapters[8].Summary); // （九） has no summary paragraph in the text
    }

    [Fact]
    public void All_29_tasks_have_the_published_titles_texts_and_chapters()
    {
        Assert.Equal(Enumerable.Range(1, 29), Text.Tasks.Keys.Order());
        var tasks = plan.Chapters.SelectMany(c => c.Tasks.Select(t => (Chapter: c.Number, Task: t))).ToList();
        Assert.Equal(Enumerable.Range(1, 29), tasks.Select(s => s.Task.Number));
        foreach (var chapter in Text.Chapters)
        {
            Assert.Equal(chapter.TaskNumbers, tasks.Where(s => s.Chapter == chapter.Number).Select(s => s.Task.Number));
        }
        foreach (var (_, task) in tasks)
        {
            Assert.Equal(Text.Tasks[task.Number].Title, task.Title);
            Assert.Equal(Text.Tasks[task.Number].Text, task.Text);
        }
        Assert.Equal("发展肉牛养殖产业", tasks[1].Task.Title);
    }

    [Fact]
    public void The_six_safeguards_are_there_in_full()
    {
        Assert.Equal(6, Text.Safeguards.Count);
        Assert.Equal(Text.Safeguards.Select(s => (s.Number, s.Title, s.Text)),
            plan.Safeguards.Select(s => (s.Number, s.Title, s.Text)));
        Assert.Equal("加强组织领导", plan.Safeguards[0].Title);
        Assert.Equal("严格考核验收", plan.Safeguards[5].Title);
    }

    [Fact]
    public async Task Every_place_is_named_in_its_task_and_is_a_known_site()
    {
        await using var db = database.CreateContext();
        var sites = (await new PlanStore(db).ListSitesAsync()).Select(s => s.Name).ToHashSet();
        foreach (var task in plan.Chapters.SelectMany(c => c.Tasks))
        {
            var paragraph = Text.Tasks[task.Number].Paragraph;
            foreach (var place in task.Places)
            {
                // 张台村 / 集美村 / 马河滩村 are written without 村 in some tasks.
                Assert.True(paragraph.Contains(place) || paragraph.Contains(place.TrimEnd('村')), $"{task.Number}: {place}");
                // 燕家山流域 is a watershed, not a village, so it is a place but not a site.
                Assert.True(sites.Contains(place) || place == "燕家山流域", $"{task.Number}: {place} is not a site");
            }
        }
        Assert.Equal(["园子村", "红旗村"], plan.Chapters[0].Tasks[1].Places);
    }
}

using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules.Industry.Models;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Chapters;

/// <summary>
/// Stored figures, written after each commit, equal a full recomputation after random publishes,
/// unpublishes, edits and deletes, on both databases (the grouped loads of <see cref="RuleRecordLoader"/>).
/// </summary>
public sealed class TargetFigureConsistencyTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Stored_figures_equal_a_full_recomputation_after_random_changes(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await IndustryTestData.SeedPlanAsync(site);
        // As after deployment's `recompute`: every figure stored, then kept current by the changes alone.
        await site.WithServicesAsync(sp => sp.GetRequiredService<TargetFigureStore>().RecomputeAsync());
        var random = new Random(9);
        var published = new Dictionary<string, decimal>();   // the test's own model of 2-new-cattle
        var items = new List<string>();
        for (var step = 0; step < 30; step++)
        {
            var op = items.Count == 0 ? 0 : random.Next(4);
            if (op == 0)
            {
                var cattle = random.Next(1, 50);
                var saved = await IndustryTestData.SaveAsync(site, await IndustryTestData.NewCattleProjectAsync(site, $"项目{step}", cattle));
                items.Add(saved.ContentItemId);
                if (random.Next(2) == 0) { await IndustryTestData.PublishAsync(site, saved.ContentItemId); published[saved.ContentItemId] = cattle; }
                continue;
            }
            var id = items[random.Next(items.Count)];
            if (op == 1 && published.ContainsKey(id))
            {
                await site.WithContentAsync(c => c.UnpublishAsync(id, "复核"));
                published.Remove(id);
            }
            else if (op == 2)
            {
                var cattle = random.Next(1, 50);
                var latest = (await site.WithContentAsync(c => c.GetLatestAsync(id)))!;
                latest.Set(nameof(IndustryProject.NewCattle), (decimal)cattle).Set(nameof(IndustryProject.BreedingCows), (decimal)random.Next(0, 9));
                await site.WithContentAsync(c => c.SaveDraftAsync(latest, latest.ConcurrencyStamp));
                await IndustryTestData.PublishAsync(site, id);
                published[id] = cattle;
            }
            else if (op == 3)
            {
                await site.WithContentAsync(async c => { await c.DeleteAsync(id); return true; });
                items.Remove(id);
                published.Remove(id);
            }
        }

        await site.WithServicesAsync(async sp =>
        {
            var stored = await sp.GetRequiredService<CmsDbContext>().Set<TargetFigureRecord>().AsNoTracking()
                .Where(f => f.Year == IndustryTestData.Year).ToDictionaryAsync(f => f.TargetKey);
            var store = sp.GetRequiredService<TargetFigureStore>();
            var rules = sp.GetRequiredService<TargetRuleSource>().Rules();
            Assert.NotEmpty(rules);
            foreach (var rule in rules)
            {
                var full = await store.ComputeAsync(rule, IndustryTestData.Year);
                Assert.True(stored.TryGetValue(rule.TargetKey, out var figure), rule.TargetKey);
                Assert.Equal((full.Value, full.RecordCount), (figure.Value, figure.RecordCount));
            }
            Assert.Equal(published.Values.Sum(), stored["2-new-cattle"].Value);
            Assert.Equal(published.Count, stored["2-new-cattle"].RecordCount);
        });
    }

    [Fact]
    public async Task The_task_page_read_after_a_publish_shows_the_new_figure()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        using var visitor = site.AnonymousClient();
        // Read once first, so a cached page would show the old figure.
        Assert.Contains("当前 0头", await visitor.GetPageAsync("/plan/2023/tasks/2"));

        await IndustryTestData.PublishedCattleProjectAsync(site, "园子村肉牛出户入园项目", 300);

        var page = await visitor.GetPageAsync("/plan/2023/tasks/2");
        Assert.Contains("产业类别为“肉牛”的已发布产业项目“新增肉牛”之和（按已发布记录自动计算，当前 300头，共 1 条记录）", page);
    }

    [Fact]
    public async Task Recompute_rebuilds_every_stored_figure()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        await IndustryTestData.PublishedCattleProjectAsync(site, "红旗村肉牛养殖园区", 120);
        await site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            await db.Set<TargetFigureRecord>().ExecuteUpdateAsync(s => s.SetProperty(f => f.Value, 999m));
            var written = await sp.GetRequiredService<TargetFigureStore>().RecomputeAsync();
            Assert.True(written > 0);
            Assert.Empty(await db.Set<TargetFigureRecord>().Where(f => f.Value == 999m).ToListAsync());
            var cattle = await db.Set<TargetFigureRecord>().AsNoTracking().SingleAsync(f => f.Year == 2023 && f.TargetKey == "2-new-cattle");
            Assert.Equal(120m, cattle.Value);
        });
    }
}

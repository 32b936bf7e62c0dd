using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Freshness;
using Jingyuan.Cms.Notifications;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Recipes;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Jingyuan.Cms.Tests.Freshness;

/// <summary>
/// The 2023 plan on a movable clock, a public record type bound to chapter (一), the units leading its tasks,
/// another unit with tasks but no items, the coordinating office, and a reviewer and an editor.
/// </summary>
internal sealed class FreshnessSite : IAsyncDisposable
{
    public const string RecordType = "FreshnessTestRecord";
    public const int Chapter = 1;
    public const string ChapterColumn = "chapter:2023:1";

    private FreshnessSite(CmsWebFactory site, FakeTimeProvider clock) { Site = site; Clock = clock; }

    public CmsWebFactory Site { get; }
    public FakeTimeProvider Clock { get; }
    public IReadOnlyList<int> ChapterLeads { get; private set; } = [];
    public int Office { get; private set; }
    /// <summary>A unit with tasks in 2023 that never publishes anything here.</summary>
    public int SilentUnit { get; private set; }

    /// <summary>10:00 in China on the day.</summary>
    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 2, 0, 0, TimeSpan.Zero);

    public static async Task<FreshnessSite> StartAsync(TestDatabase database, DateTimeOffset now)
    {
        var clock = new FakeTimeProvider(now);
        var factory = new CmsWebFactory(database, configure: b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        factory.Settings["Notifications:IntervalSeconds"] = "0";
        var site = new FreshnessSite(factory, clock);
        await factory.WithServicesAsync(async sp =>
        {
            var plans = sp.GetRequiredService<IPlanStore>();
            if (await plans.GetYearAsync(2023) is null)
            {
                var result = await sp.GetRequiredService<RecipeImporter>().ImportFileAsync(RepoFiles.Seed(SeededPlan.SeedFile));
                Assert.True(result.Succeeded, string.Join("\n", result.Errors));
            }
            var plan = (await plans.GetYearAsync(2023))!;
            var tasks = plan.Chapters.Single(c => c.Number == Chapter).Tasks;
            site.ChapterLeads = tasks.SelectMany(t => t.LeadUnitIds).Distinct().ToList();
            var involved = plan.Chapters.SelectMany(c => c.Tasks).SelectMany(t => t.LeadUnitIds.Concat(t.ResponsibleUnitIds)).Distinct();
            site.SilentUnit = involved.First(id => !site.ChapterLeads.Contains(id));
            site.Office = (await sp.GetRequiredService<IDepartmentStore>().FindByNameAsync("乡村振兴局"))!.Id;

            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.SavePartAsync(new ContentPartDefinition
            {
                Name = RecordType,
                Fields = [new() { Name = "Note", Label = "说明", Kind = FieldKind.Text, Order = 1 }],
            });
            await definitions.SaveTypeAsync(new ContentTypeDefinition
            {
                Name = RecordType, DisplayName = "栏目测试记录", Parts = [RecordType], PlanChapter = Chapter,
            });
        });
        Assert.NotEmpty(site.ChapterLeads);
        await factory.CreateUserAsync("reviewer", BuiltInRoles.Reviewer);
        await factory.CreateUserAsync("editor", BuiltInRoles.DepartmentEditor, site.ChapterLeads[0]);
        return site;
    }

    public void MoveTo(DateTimeOffset now) => Clock.SetUtcNow(now);

    /// <summary>Publishes a chapter (一) record of the first lead unit, now.</summary>
    public Task PublishAsync(string title) => Site.WithContentAsync(async contents =>
    {
        var item = await contents.NewAsync(RecordType);
        item.DisplayText = title;
        item.DepartmentId = ChapterLeads[0];
        item.Year = 2023;
        item = await contents.SaveDraftAsync(item, null);
        return await contents.SubmitAndPublishAsync(item.ContentItemId);
    });

    public Task<IReadOnlyList<ColumnFreshness>> ColumnsAsync() =>
        Site.WithServicesAsync(sp => sp.GetRequiredService<IColumnFreshnessMonitor>().ListAsync(TestContext.Current.CancellationToken));

    public async Task<ColumnFreshness> ColumnAsync(string key) => (await ColumnsAsync()).Single(c => c.Key == key);

    public Task<ReminderRunResult> RunRemindersAsync() =>
        Site.WithServicesAsync(sp => sp.GetRequiredService<ReminderRunner>().RunAsync(TestContext.Current.CancellationToken));

    public ValueTask DisposeAsync() => Site.DisposeAsync();
}

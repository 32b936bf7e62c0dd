using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Admin;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.People;

/// <summary>
/// <c>seed-demo</c>: every enabled people ledger (found from the type definitions) gets N fictional persons that
/// pass the engine's validation, owned by a unit that keeps the type and published; a second run adds nothing;
/// Production refuses; the site's own start writes none.
/// </summary>
public sealed class SeedDemoVerbTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Fills_every_people_ledger_with_valid_published_demo_persons_once(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await IndustryTestData.SeedPlanAsync(site);
        var ledgers = await LedgersAsync(site);
        Assert.Contains("AssistanceCase", ledgers);
        Assert.Contains("MonitoredHousehold", ledgers);
        Assert.DoesNotContain("TripleCoverage", ledgers); // a village table, not a people ledger
        foreach (var type in ledgers) Assert.Empty(await DemoRecordsAsync(site, type)); // the start wrote none

        Assert.Equal(0, await RunAsync(site, "--count", "4"));

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var type in ledgers)
        {
            var records = await DemoRecordsAsync(site, type);
            Assert.Equal(4, records.Count);
            foreach (var record in records)
            {
                Assert.True(record.Published, $"{type} {record.DisplayText} is not published");
                Assert.True(ChineseIdNumber.IsValid(record.GetText(PersonFields.IdNumber), today), record.GetText(PersonFields.IdNumber));
                Assert.Empty(await site.WithContentAsync(c => c.ValidateAsync(record)));
                var unit = record.DepartmentId!.Value;
                Assert.True(await site.WithServicesAsync(sp => sp.GetRequiredService<IRecordTypeAccess>().DepartmentMayAsync(unit, type, RecordTypeAction.Create)),
                    $"{type} is owned by unit {unit}, which may not keep it");
            }
        }
        var entries = await site.AuditAsync(AuditEvents.DemoDataSeeded);
        Assert.Equal(ledgers.Count, entries.Count);
        Assert.All(entries, e => Assert.StartsWith("演示数据", e.Summary));
        Assert.Contains(entries, e => e.ContentType == "AssistanceCase" && e.Summary.Contains("4 名"));

        // Twice is once; a larger count adds only the missing persons.
        Assert.Equal(0, await RunAsync(site, "--count", "4"));
        Assert.Equal(4, (await DemoRecordsAsync(site, "AssistanceCase")).Count);
        Assert.Equal(ledgers.Count, (await site.AuditAsync(AuditEvents.DemoDataSeeded)).Count);
        Assert.Equal(0, await RunAsync(site, "--count", "5"));
        Assert.Equal(5, (await DemoRecordsAsync(site, "AssistanceCase")).Count);
    }

    [Fact]
    public async Task Production_refuses_and_writes_nothing()
    {
        await using var site = new CmsWebFactory(configure: b => b.UseEnvironment("Production"));
        await IndustryTestData.SeedPlanAsync(site);

        Assert.Equal(2, await RunAsync(site));

        foreach (var type in await LedgersAsync(site)) Assert.Empty(await DemoRecordsAsync(site, type));
        Assert.Empty(await site.AuditAsync(AuditEvents.DemoDataSeeded));
    }

    [Fact]
    public async Task A_bad_count_is_refused()
    {
        await using var site = new CmsWebFactory();
        Assert.Equal(2, await RunAsync(site, "--count", "0"));
        Assert.Equal(2, await RunAsync(site, "--count", "many"));
        Assert.Empty(await site.AuditAsync(AuditEvents.DemoDataSeeded));
    }

    private static Task<int> RunAsync(CmsWebFactory site, params string[] args)
    {
        var verb = site.Services.GetServices<ICommandLineVerb>().Single(v => v.Name == "seed-demo");
        return site.WithServicesAsync(sp => verb.RunAsync(args, sp));
    }

    /// <summary>Enabled types carrying the person block, as the verb finds them.</summary>
    private static Task<List<string>> LedgersAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        var names = new List<string>();
        foreach (var t in await definitions.ListTypesAsync())
            if ((await definitions.GetTypeAsync(t.Name))?.Field(PersonFields.IdNumber) is not null) names.Add(t.Name);
        return names;
    });

    private static Task<IReadOnlyList<ContentItem>> DemoRecordsAsync(CmsWebFactory site, string type) => site.WithContentAsync(async c =>
        (await c.QueryAsync(new ContentQuery { ContentTypes = [type], PageSize = 100 })).Items);
}

using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Content;

/// <summary>Definitions are read from memory after the first request, and a change on one node reaches another.</summary>
public sealed class DefinitionCacheTests
{
    [Fact]
    public async Task Lookups_come_from_memory_and_a_change_made_on_another_node_is_seen_at_the_next_request()
    {
        await using var first = new CmsWebFactory();
        await TestContent.DefineTypeAsync(first);
        // A second node: its own process state (cache, container) on the same database.
        await using var second = new CmsWebFactory(configure: b => b.UseSetting("ConnectionStrings:Sqlite", first.ConnectionString));
        Assert.Equal("测试记录", (await TypeAsync(second)).Type.DisplayName);

        // A row changed behind the application's back (no version bump) is not re-read: the copy in memory serves.
        await first.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Database.ExecuteSqlRawAsync(
            "UPDATE ContentTypes SET DefinitionJson = replace(DefinitionJson, '测试记录', '未经程序的改动') WHERE Name = {0}", TestContent.Type));
        Assert.Equal("测试记录", (await TypeAsync(second)).Type.DisplayName);

        // A change through the application on the first node bumps the version: the second node follows.
        await first.WithServicesAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            var type = (await definitions.GetTypeAsync(TestContent.Type))!.Type;
            type.DisplayName = "改名后的测试记录";
            await definitions.SaveTypeAsync(type);
        });
        Assert.Equal("改名后的测试记录", (await TypeAsync(second)).Type.DisplayName);
        Assert.Equal("改名后的测试记录", (await TypeAsync(first)).Type.DisplayName);
    }

    private static Task<ResolvedContentType> TypeAsync(CmsWebFactory site) =>
        site.WithServicesAsync(async sp => (await sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(TestContent.Type))!);
}

using System.Diagnostics;
using Jingyuan.Cms.Audit;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Modules.Search.Services;

/// <summary><c>dotnet run --project src/Jingyuan.Cms.Web -- reindex</c>: rebuilds this node's search index.</summary>
public sealed class ReindexVerb : ICommandLineVerb
{
    public string Name => "reindex";
    public string Usage => "reindex：从数据库重建本节点的全文检索索引";

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        SearchIndexer indexer;
        try
        {
            indexer = services.GetRequiredService<SearchIndexer>();
        }
        catch (LockObtainFailedException)
        {
            // The running site holds the index writer's lock.
            await Console.Error.WriteLineAsync("索引正被运行中的站点使用。请停止站点后再试，或在管理后台“系统管理 → 搜索索引”中重建。");
            return 1;
        }
        var watch = Stopwatch.StartNew();
        var count = await indexer.RebuildAsync();
        await services.GetRequiredService<IAuditTrail>().RecordAsync(
            new AuditEntry(AuditEvents.SearchIndexRebuilt, $"命令行重建搜索索引（{count} 条文档）"), "命令行");
        await Console.Out.WriteLineAsync($"已重建全文检索索引：{count} 条文档，用时 {watch.Elapsed.TotalSeconds:0.0} 秒。");
        return 0;
    }
}

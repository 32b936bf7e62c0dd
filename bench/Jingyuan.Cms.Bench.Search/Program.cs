using System.Diagnostics;
using Jingyuan.Cms.Bench.Search;
using Jingyuan.Cms.Modules.Search.Services;

// Index build time and search latency of the search module at volume. Prints figures; asserts nothing.
//   dotnet run -c Release --project bench/Jingyuan.Cms.Bench.Search -- --docs 50000 --queries 400
var docCount = Option("--docs", 50_000);
var queryCount = Option("--queries", 400);
var folder = Path.Combine(Path.GetTempPath(), "jingyuan-bench-search", Guid.NewGuid().ToString("n"));

try
{
    var plan = await SeedPlan.DocumentsAsync(SeedPlan.FindSeed());
    using var index = new SearchIndex(folder);
    var synthetic = new SyntheticDocuments(plan, index.Analyzer);
    var documents = plan.Concat(synthetic.Generate(docCount)).ToList();
    Console.WriteLine($"文档：计划任务与章节 {plan.Count} 条 + 合成 {docCount:N0} 条（词表 {synthetic.Vocabulary.Distinct().Count():N0} 个词）");

    // A rebuild as the indexer does it: delete all, add every document, one commit.
    var watch = Stopwatch.StartNew();
    index.DeleteAll();
    foreach (var document in documents) index.Put(document);
    index.Commit(0);
    watch.Stop();
    var size = new DirectoryInfo(Path.Combine(folder, "index")).GetFiles().Sum(f => f.Length);
    Console.WriteLine($"重建索引：{watch.Elapsed.TotalSeconds:0.00} 秒（{documents.Count / watch.Elapsed.TotalSeconds:N0} 条/秒），索引 {size / 1024.0 / 1024.0:0.0} MB，文档数 {index.DocumentCount:N0}");

    var search = new SearchService(index, new NoContentTypes(), new AllModulesEnabled());
    var queries = Queries.Build(synthetic.Vocabulary, queryCount);
    foreach (var q in queries.Take(50)) await search.SearchAsync(q); // warm-up (JIT, caches)

    var timings = new List<double>();
    var hits = new List<int>();
    foreach (var q in queries)
    {
        var t = Stopwatch.GetTimestamp();
        var result = await search.SearchAsync(q);
        timings.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        hits.Add(result.Total);
    }
    timings.Sort();
    double Percentile(double p) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(p * timings.Count) - 1)];
    Console.WriteLine($"检索 {timings.Count} 次（含高亮摘要与类型、年度计数，每页 10 条）：" +
        $"中位数 {Percentile(0.5):0.00} ms，p90 {Percentile(0.9):0.00} ms，p99 {Percentile(0.99):0.00} ms，最长 {timings[^1]:0.00} ms");
    hits.Sort();

    // The same queries without snippets and counts: what the ranking itself costs.
    var bare = new List<double>();
    foreach (var q in queries)
    {
        if (SearchQueryBuilder.Build(q.Query, index.Analyzer).Query is not { } query) continue;
        var t = Stopwatch.GetTimestamp();
        index.Search(s => s.Search(query, q.Page * SearchRequest.PageSize));
        bare.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
    }
    bare.Sort();
    Console.WriteLine($"仅排序取前 10 条（不含摘要与计数）：中位数 {bare[bare.Count / 2]:0.00} ms，p99 {bare[Math.Min(bare.Count - 1, (int)Math.Ceiling(0.99 * bare.Count) - 1)]:0.00} ms");
    Console.WriteLine($"命中数：中位数 {hits[hits.Count / 2]:N0}，最多 {hits[^1]:N0}，零命中 {hits.Count(h => h == 0)} 次");
}
finally
{
    try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
}
return 0;

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
}

using Jingyuan.Cms.Modules.Search.Services;

namespace Jingyuan.Cms.Bench.Search;

/// <summary>A mix of what residents type: the plan's key words, random plan words, pairs, and filtered searches.</summary>
internal static class Queries
{
    private static readonly string[] KeyWords =
    [
        "肉牛", "蓄水池", "改厕", "公示", "菌菇", "移民", "饮水安全", "庭院经济", "劳务输出", "中药材",
        "肉牛 养殖", "就业 培训", "安置区 医疗", "红旗村", "六盘山",
    ];

    public static IReadOnlyList<SearchRequest> Build(IReadOnlyList<string> vocabulary, int count)
    {
        var random = new Random(7);
        string Word() => vocabulary[random.Next(vocabulary.Count)];
        var queries = new List<SearchRequest>(count);
        for (var i = 0; i < count; i++)
        {
            queries.Add((i % 4) switch
            {
                0 => new SearchRequest(KeyWords[random.Next(KeyWords.Length)]),
                1 => new SearchRequest(Word()),
                2 => new SearchRequest(Word() + " " + Word()),
                _ => new SearchRequest(KeyWords[random.Next(KeyWords.Length)], Type: random.Next(2) == 0 ? "Notice" : null,
                    Year: 2023 + random.Next(3), Page: 1 + random.Next(3)),
            });
        }
        return queries;
    }
}

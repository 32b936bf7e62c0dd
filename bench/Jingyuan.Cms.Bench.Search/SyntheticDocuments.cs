using Jingyuan.Cms.Modules.Search.Services;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Jingyuan.Cms.Bench.Search;

/// <summary>
/// Records like the chapter modules will publish (projects, notices, reports), written with the
/// plan's own words so that term frequencies and query selectivity resemble the real site.
/// </summary>
internal sealed class SyntheticDocuments
{
    private static readonly (string Type, string Name)[] Types =
    [
        ("Notice", "公示公告"), ("CattleProject", "肉牛养殖项目"), ("Training", "就业培训"),
        ("Infrastructure", "基础设施项目"), ("Courtyard", "庭院经济"), ("ProgressReport", "进展报告"),
    ];

    private readonly string[] vocabulary;
    private readonly Random random = new(20230901);

    public SyntheticDocuments(IEnumerable<SearchDocument> plan, Analyzer analyzer)
    {
        vocabulary = plan.SelectMany(d => Words(d.Title + "\n" + d.Body, analyzer))
            .Where(w => w.Length >= 2 && !w.All(char.IsAsciiDigit)).ToArray();
    }

    /// <summary>Plan words, with their frequency in the plan (common words come up often).</summary>
    public IReadOnlyList<string> Vocabulary => vocabulary;

    public IEnumerable<SearchDocument> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var (type, name) = Types[random.Next(Types.Length)];
            var year = 2023 + random.Next(3);
            yield return new SearchDocument($"content:synthetic-{i}", SearchKeys.ContentGroup, type, name,
                Sentence(4, 8), Paragraphs(), $"/records/{i}", year, new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(365)));
        }
    }

    private string Paragraphs() =>
        string.Join("\n", Enumerable.Range(0, 2 + random.Next(4)).Select(_ => Sentence(20, 60) + "。"));

    private string Sentence(int min, int max) =>
        string.Concat(Enumerable.Range(0, min + random.Next(max - min)).Select(_ => vocabulary[random.Next(vocabulary.Length)]));

    private static IEnumerable<string> Words(string text, Analyzer analyzer)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(term.ToString());
        stream.End();
        return words;
    }
}

using System.Globalization;
using System.Net;
using Jingyuan.Cms.Content;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.VectorHighlight;

namespace Jingyuan.Cms.Modules.Search.Services;

/// <summary>Runs a public search: hits of the page with highlighted snippets, and counts per type and year.</summary>
public sealed class SearchService(SearchIndex index, IContentDefinitionManager definitions, IModuleState modules)
{
    private const int MaxPage = 100;
    private const int SnippetLength = 90;

    public async Task<SearchResults> SearchAsync(SearchRequest request)
    {
        var parsed = SearchQueryBuilder.Build(request.Query, index.Analyzer);
        if (parsed.Query is not { } query) return SearchResults.Invalid(parsed);

        // Types of disabled modules keep their documents but are not shown, as their pages answer 404.
        var allTypes = await definitions.ListTypesAsync(includeDisabledModules: true);
        var hidden = allTypes.Where(t => t.ModuleId is not null && !modules.IsEnabled(t.ModuleId)).Select(t => t.Name).ToList();
        var labels = allTypes.ToDictionary(t => t.Name, t => t.DisplayName, StringComparer.Ordinal);
        labels[SearchKeys.PlanTaskType] = PlanDocumentBuilder.TaskTypeName;
        labels[SearchKeys.PlanChapterType] = PlanDocumentBuilder.ChapterTypeName;

        var page = Math.Clamp(request.Page, 1, MaxPage);
        return index.Search(searcher =>
        {
            var top = TopScoreDocCollector.Create(page * SearchRequest.PageSize, docsScoredInOrder: false);
            var types = new FacetCounter(SearchFields.Type);
            var years = new FacetCounter(SearchFields.Year);
            // Each facet counts with the other filters applied but not its own, so every value stays selectable.
            var collectors = new List<ICollector> { top };
            if (request.Type is null) collectors.Add(types);
            else searcher.Search(query, Filter(hidden, null, request.Year), types);
            if (request.Year is null) collectors.Add(years);
            else searcher.Search(query, Filter(hidden, request.Type, null), years);
            searcher.Search(query, Filter(hidden, request.Type, request.Year), MultiCollector.Wrap([.. collectors]));

            var docs = top.GetTopDocs((page - 1) * SearchRequest.PageSize, SearchRequest.PageSize);
            var highlight = new Highlights(query, searcher.IndexReader);
            var hits = docs.ScoreDocs.Select(d => ToHit(d.Doc, searcher.Doc(d.Doc), d.Score, highlight)).ToList();
            return new SearchResults(parsed, hits, top.TotalHits, page,
                Facets(types.Counts, v => labels.GetValueOrDefault(v, v)).OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Ordinal).ToList(),
                Facets(years.Counts, v => v + "年").OrderByDescending(f => f.Value, StringComparer.Ordinal).ToList());
        });
    }

    private static Filter? Filter(IReadOnlyList<string> hiddenTypes, string? type, int? year)
    {
        if (hiddenTypes.Count == 0 && type is null && year is null) return null;
        var filter = new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST } };
        foreach (var hidden in hiddenTypes) filter.Add(new TermQuery(new Term(SearchFields.Type, hidden)), Occur.MUST_NOT);
        if (type is not null) filter.Add(new TermQuery(new Term(SearchFields.Type, type)), Occur.MUST);
        if (year is { } y) filter.Add(new TermQuery(new Term(SearchFields.Year, y.ToString(CultureInfo.InvariantCulture))), Occur.MUST);
        return new QueryWrapperFilter(filter);
    }

    private static IEnumerable<FacetValue> Facets(IReadOnlyDictionary<string, int> counts, Func<string, string> label) =>
        counts.Select(c => new FacetValue(c.Key, label(c.Key), c.Value));

    private static SearchHit ToHit(int docId, Document doc, float score, Highlights highlight)
    {
        var title = doc.Get(SearchFields.Title, CultureInfo.InvariantCulture) ?? "";
        return new SearchHit(title, highlight.Title(docId, doc), highlight.Snippet(docId, doc),
            doc.Get(SearchFields.Url, CultureInfo.InvariantCulture) ?? "", doc.Get(SearchFields.Type, CultureInfo.InvariantCulture) ?? "", doc.Get(SearchFields.TypeName, CultureInfo.InvariantCulture) ?? "",
            int.TryParse(doc.Get(SearchFields.Year, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
            doc.GetField(SearchFields.Published)?.GetInt64Value() is { } ticks ? new DateTime(ticks, DateTimeKind.Utc) : null,
            score);
    }

    /// <summary>
    /// The matched words in &lt;mark&gt;, everything else HTML-encoded. Read from the term vectors
    /// (FastVectorHighlighter): no hit is segmented again, and a phrase is marked as one.
    /// </summary>
    private sealed class Highlights
    {
        private static readonly string[] Pre = ["<mark>"];
        private static readonly string[] Post = ["</mark>"];
        // Snippets start and end at Chinese punctuation rather than mid-word.
        private static readonly char[] Boundaries = ['。', '，', '；', '、', '：', '！', '？', '\n', ' ', ',', '.', ';'];

        private readonly FastVectorHighlighter highlighter = new(phraseHighlight: true, fieldMatch: true);
        private readonly IFragmentsBuilder passages = new ScoreOrderFragmentsBuilder(Pre, Post, new SimpleBoundaryScanner(20, Boundaries));
        private readonly IFragmentsBuilder whole = new SimpleFragmentsBuilder(Pre, Post);
        private readonly IndexReader reader;
        private readonly FieldQuery query;

        public Highlights(Query query, IndexReader reader)
        {
            this.reader = reader;
            this.query = highlighter.GetFieldQuery(query, reader);
        }

        public string Title(int docId, Document doc) =>
            Merge(highlighter.GetBestFragment(query, reader, docId, SearchFields.Title, 100, new SingleFragListBuilder(), whole, Pre, Post, SnippetEncoder.Instance))
            ?? WebUtility.HtmlEncode(doc.Get(SearchFields.Title, CultureInfo.InvariantCulture) ?? "");

        public string Snippet(int docId, Document doc)
        {
            var fragments = highlighter.GetBestFragments(query, reader, docId, SearchFields.Body, SnippetLength, 2,
                new SimpleFragListBuilder(), passages, Pre, Post, SnippetEncoder.Instance);
            if (fragments is { Length: > 0 }) return Merge(string.Join("…", fragments.Select(f => f.Trim())))!;
            // A title-only match: the beginning of the text.
            var text = doc.Get(SearchFields.Body, CultureInfo.InvariantCulture) ?? "";
            return WebUtility.HtmlEncode(text.Length <= SnippetLength ? text : text[..SnippetLength] + "…");
        }

        // Words typed together (管网 改造) and found side by side read as one highlight.
        private static string? Merge(string? html) => html?.Replace("</mark><mark>", "", StringComparison.Ordinal);
    }
}

namespace Jingyuan.Cms.Modules.Search.Services;

public sealed record SearchRequest(string? Query, string? Type = null, int? Year = null, int Page = 1)
{
    public const int PageSize = 10;
}

public sealed record SearchHit(
    string Title,
    // HTML: encoded text with &lt;mark&gt; around the matched words.
    string TitleHtml,
    string SnippetHtml,
    string Url,
    string Type,
    string TypeName,
    int? Year,
    DateTime? PublishedUtc,
    float Score);

public sealed record FacetValue(string Value, string Label, int Count);

public sealed record SearchResults(
    ParsedQuery Parsed,
    IReadOnlyList<SearchHit> Hits,
    int Total,
    int Page,
    IReadOnlyList<FacetValue> Types,
    IReadOnlyList<FacetValue> Years)
{
    public int PageCount => Math.Max(1, (Total + SearchRequest.PageSize - 1) / SearchRequest.PageSize);

    public static SearchResults Invalid(ParsedQuery parsed) => new(parsed, [], 0, 1, [], []);
}

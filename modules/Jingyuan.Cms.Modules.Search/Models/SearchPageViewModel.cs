using Jingyuan.Cms.Modules.Search.Services;

namespace Jingyuan.Cms.Modules.Search.Models;

public sealed class SearchPageViewModel
{
    public string Query { get; init; } = "";
    public string? Type { get; init; }
    public int? Year { get; init; }
    public required SearchResults Results { get; init; }
    /// <summary>Why nothing is listed (empty, too long, nothing found).</summary>
    public string? Message { get; init; }
    /// <summary>Said when symbols were typed that are not query syntax here.</summary>
    public string? Hint { get; init; }

    /// <summary>The search page for this query with the given filters and page.</summary>
    public string Url(string? type, int? year, int page = 1)
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(Query) };
        if (!string.IsNullOrEmpty(type)) parts.Add("type=" + Uri.EscapeDataString(type));
        if (year is { } y) parts.Add("year=" + y);
        if (page > 1) parts.Add("page=" + page);
        return "/search?" + string.Join("&", parts);
    }
}

/// <summary>One filter list (类型 or 年度) of the search page.</summary>
public sealed record FacetListModel(
    string Title, IReadOnlyList<FacetValue> Values, string AllUrl, string? Selected, Func<string, string> UrlOf);

using System.Globalization;
using Jingyuan.Cms.Content;
using Microsoft.AspNetCore.WebUtilities;

namespace Jingyuan.Cms.Display;

/// <summary>
/// Model of the public theme's _Pager partial (here so modules can fill it): the current page (1-based), the number of pages, and how
/// to build the link of a page.
/// <code>
/// &lt;partial name="_Pager" model='PagerModel.For(result, p =&gt; Url.Action("Index", new { page = p })!)' /&gt;
/// &lt;partial name="_Pager" model="PagerModel.WithQuery(result, Context.Request.Path + Context.Request.QueryString)" /&gt;
/// </code>
/// </summary>
public sealed record PagerModel(int Page, int PageCount, Func<int, string> PageUrl)
{
    /// <summary>Total number of records, shown as 共 N 条 when known.</summary>
    public int? Total { get; init; }

    /// <summary>How many numbered links to show around the current page.</summary>
    public int Window { get; init; } = 2;

    public int CurrentPage => Math.Clamp(Page, 1, Math.Max(1, PageCount));
    public bool HasPrevious => CurrentPage > 1;
    public bool HasNext => CurrentPage < PageCount;

    /// <summary>Page numbers to show, with 0 standing for an ellipsis: 1 … 4 5 [6] 7 8 … 20.</summary>
    public IReadOnlyList<int> VisiblePages()
    {
        var pages = new List<int>();
        if (PageCount <= 1)
            return pages;
        var from = Math.Max(1, CurrentPage - Window);
        var to = Math.Min(PageCount, CurrentPage + Window);
        if (from > 1)
        {
            pages.Add(1);
            if (from > 2)
                pages.Add(0);
        }
        for (var p = from; p <= to; p++)
            pages.Add(p);
        if (to < PageCount)
        {
            if (to < PageCount - 1)
                pages.Add(0);
            pages.Add(PageCount);
        }
        return pages;
    }

    /// <summary>A pager for a <see cref="PagedResult{T}"/>.</summary>
    public static PagerModel For<T>(PagedResult<T> result, Func<int, string> pageUrl) =>
        new(result.Page, result.PageCount, pageUrl) { Total = result.Total };

    /// <summary>
    /// Links made by setting the <paramref name="parameter"/> query value of <paramref name="baseUrl"/>
    /// (which may already carry a query string, e.g. <c>/search?q=饮水</c>); page 1 drops the parameter.
    /// </summary>
    public static PagerModel WithQuery(int page, int pageCount, string baseUrl, string parameter = "page", int? total = null) =>
        new(page, pageCount, p => SetQuery(baseUrl, parameter, p)) { Total = total };

    /// <inheritdoc cref="WithQuery(int, int, string, string, int?)"/>
    public static PagerModel WithQuery<T>(PagedResult<T> result, string baseUrl, string parameter = "page") =>
        WithQuery(result.Page, result.PageCount, baseUrl, parameter, result.Total);

    internal static string SetQuery(string baseUrl, string parameter, int page)
    {
        var hash = baseUrl.IndexOf('#');
        if (hash >= 0)
            baseUrl = baseUrl[..hash];
        var q = baseUrl.IndexOf('?');
        var path = q >= 0 ? baseUrl[..q] : baseUrl;
        var query = q >= 0 ? QueryHelpers.ParseQuery(baseUrl[q..]) : [];
        var pairs = query
            .Where(p => !string.Equals(p.Key, parameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .ToList();
        if (page > 1)
            pairs.Add(new(parameter, page.ToString(CultureInfo.InvariantCulture)));
        return pairs.Count == 0 ? path : QueryHelpers.AddQueryString(path, pairs);
    }
}

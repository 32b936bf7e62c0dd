using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>Previous/next links of a paged admin list; keeps the list's filters in the links.</summary>
public sealed record ListPager(int Page, int PageCount, int Total, string Path, IReadOnlyDictionary<string, string?> Query)
{
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;

    public string UrlFor(int page)
    {
        var query = Query.Where(q => !string.IsNullOrEmpty(q.Value))
            .Append(KeyValuePair.Create("page", (string?)page.ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(Path, query);
    }
}

using Jingyuan.Cms.Modules.Search.Models;
using Jingyuan.Cms.Modules.Search.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Search.Controllers;

/// <summary>The public search page. Every input gets a page (200), with a message when it cannot be searched.</summary>
public sealed class SearchController(SearchService search, IStringLocalizer<SearchController> T) : Controller
{
    [HttpGet("search")]
    public async Task<IActionResult> Index(string? q, string? type, int? year, int page = 1)
    {
        var request = new SearchRequest(q, string.IsNullOrWhiteSpace(type) ? null : type.Trim(), year, page);
        var results = await search.SearchAsync(request);
        return View(new SearchPageViewModel
        {
            Query = q?.Trim() ?? "",
            Type = request.Type,
            Year = year,
            Results = results,
            Message = Message(results, q?.Trim() ?? ""),
            Hint = results.Parsed.IgnoredSyntax ? T["提示：引号、*、? 以及 AND、OR 等符号不作为检索语法，已按普通文字搜索。"].Value : null,
        });
    }

    private string? Message(SearchResults results, string query) => results.Parsed.Problem switch
    {
        QueryProblem.Empty => T["请输入要搜索的关键词。"].Value,
        QueryProblem.TooLong => T["关键词太长了，请不要超过 {0} 个字。", SearchQueryBuilder.MaxLength].Value,
        QueryProblem.NoWords => T["没有可以搜索的文字，请输入中文或英文关键词（* ? 等符号不能单独搜索）。"].Value,
        _ when results.Total == 0 => T["没有找到与“{0}”相关的内容，请换个关键词或减少筛选条件再试。", query].Value,
        _ => null,
    };
}

using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Display;
using Jingyuan.Cms.Modules.Notices.Models;
using Jingyuan.Cms.Modules.Notices.Services;
using Jingyuan.Cms.Plan;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Modules.Notices.Controllers;

/// <summary>The public 公示公告 pages. Only published versions are ever read here.</summary>
[Route("notices")]
public sealed class NoticesController(
    IContentManager contents,
    NoticeQueries queries,
    NoticeSummaries summaries,
    NoticeStatusService status,
    FeedTypes feedTypes,
    IDepartmentStore departments,
    IPlanStore plans) : Controller
{
    public const int FeedSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? kind, int? department, int? year, int page = 1)
    {
        kind = NoticeType.Kinds.Contains(kind) ? kind : null;
        var result = await queries.ListAsync(kind, department, year, page);
        var units = await departments.ListAsync();
        return View(new NoticeListViewModel
        {
            Result = result,
            Notices = summaries.Describe(result.Items, units),
            Departments = units,
            Years = await YearsAsync(),
            Kind = kind, DepartmentId = department, Year = year,
        });
    }

    [HttpGet("feed")]
    public async Task<IActionResult> Feed([FromServices] NoticeFeedWriter writer, [FromServices] IOptions<SiteInfo> site)
    {
        var notices = await summaries.DescribeMixedAsync(await queries.LatestAsync(FeedSize, await feedTypes.ListAsync()));
        // The configured address, not the Host header: a forged Host must not put other links in the feed.
        return File(writer.Write(notices, site.Value.SiteUrl), "application/rss+xml; charset=utf-8");
    }

    [HttpGet("{contentItemId}")]
    public async Task<IActionResult> Detail(string contentItemId)
    {
        var item = await contents.GetPublishedAsync(contentItemId);
        if (item is null || item.ContentType != NoticeType.Name) return NotFound();
        return View(new NoticeDetailViewModel
        {
            Notice = await summaries.DescribeAsync(item),
            BodyHtml = item.GetText(NoticeType.Body) ?? "",
            Attachments = item.GetFiles(NoticeType.Attachments),
            ObjectionPhone = item.GetText(NoticeType.ObjectionPhone),
            ObjectionAddress = item.GetText(NoticeType.ObjectionAddress),
        });
    }

    /// <summary>Years offered by the filter: from the first plan year to the current one, newest first.</summary>
    private async Task<IReadOnlyList<int>> YearsAsync()
    {
        var current = status.Today().Year;
        var first = (await plans.ListPublishedYearsAsync()).Append(current).Min();
        return Enumerable.Range(first, current - first + 1).Reverse().ToList();
    }
}

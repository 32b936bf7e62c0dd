using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Modules.Search.Services;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Search.Controllers;

/// <summary>系统管理 → 搜索索引: the node's index status and a rebuild from the database.</summary>
[Route("admin/search")]
[RequirePermission("ManageSearchIndex")]
public sealed class SearchAdminController(SearchIndexer indexer, IAuditTrail audit, IStringLocalizer<SearchAdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await indexer.StatusAsync());

    [HttpPost("rebuild")]
    public async Task<IActionResult> Rebuild()
    {
        // Not tied to the request: leaving the page must not abandon a rebuild halfway.
        var count = await indexer.RebuildAsync(CancellationToken.None);
        await audit.RecordAsync(new AuditEntry(AuditEvents.SearchIndexRebuilt, T["重建搜索索引（{0} 条文档）", count]));
        TempData["Message"] = T["索引已重建，共 {0} 条文档。", count].Value;
        return Redirect("/admin/search");
    }
}
